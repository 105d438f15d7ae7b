package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.persistence.json.JsonFileEditions;

/**
 * The protocol office's records (contacts, notes) are stored with the edition and never printed:
 * not by a reading command, not in any export, not in an error message. Each is filled with a
 * canary, and every command's standard output and standard error is searched for it.
 */
class PrivateDataNeverShownTest extends CommandTests {

    private static final String CANARY = "CANARY-9d41";
    private static final List<String> FORMATS = List.of("json", "ics", "frab-xml", "frab-json", "schedule2", "html",
            "markdown", "csv", "csv-excel", "jsonld", "communique");

    @BeforeEach
    void storeProtocolFilesFullOfCanaries() {
        assertThat(run("editions").code()).isZero(); // seeds the store with the sample
        try (JsonFileEditions store = JsonFileEditions.open(home.resolve("store"))) {
            Edition sample = store.load(new EditionId("snm-2026")).orElseThrow();
            store.save(new Edition(sample.publicView(), new InternalRecords(Map.of(
                    new OfficialId("alhamdou-ag-ilyene"), new ProtocolFile(List.of(
                            new Contact(ContactKind.EMAIL, CANARY + "@example.ml"),
                            new Contact(ContactKind.PHONE, "+223 " + CANARY)), CANARY + " notes du protocole")))),
                    sample.version());
        }
        assertThat(home.resolve("store").resolve("snm-2026.json")).content().contains(CANARY); // stored, so findable
    }

    @Test
    void noCommandPrintsThem() throws Exception {
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"editions"}, new String[] {"show", "snm-2026"}, new String[] {"show", "snm-2026", "--lang", "en"},
                new String[] {"programme", "snm-2026"}, new String[] {"programme", "snm-2026", "--person", "alhamdou-ag-ilyene"},
                new String[] {"check", "snm-2026", "--lang", "en"}, new String[] {"releases", "snm-2026"},
                new String[] {"stats", "snm"}, new String[] {"publish", "snm-2026"},
                new String[] {"clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-27"},
                new String[] {"show", "snm-2027"}, new String[] {"diff", "snm-2026", "snm-2027"},
                new String[] {"show", "nowhere"}, new String[] {"session", "cancel", "snm-2026", "no-such-session"},
                new String[] {"export", "snm-2026", "--format", "nothing"}, new String[] {"--verbose", "show", "snm-2026"}));
        FORMATS.forEach(format -> commands.add(new String[] {"export", "snm-2026", "--format", format}));

        for (String[] command : commands) {
            CommandRun.Ran ran = run(command);
            assertThat(ran.out() + ran.err()).as(String.join(" ", command)).doesNotContain(CANARY);
        }
    }

    @Test
    void theStoreFileItselfGivenToEveryImporterIsRefusedWithoutQuotingThem() {
        String storeFile = home.resolve("store").resolve("snm-2026.json").toString();
        List<String[]> imports = new ArrayList<>();
        imports.add(new String[] {"import", storeFile, "--verbose"});
        for (String format : List.of("json", "frab-xml", "frab-json", "schedule2", "ics")) {
            imports.add(new String[] {"import", storeFile, "--format", format, "--as", "snm-copy", "--verbose"});
        }

        for (String[] command : imports) {
            CommandRun.Ran ran = run(command);
            assertThat(ran.code()).as(String.join(" ", command)).isNotZero();
            assertThat(ran.out() + ran.err()).as(String.join(" ", command)).doesNotContain(CANARY);
        }
    }

    @Test
    void aDamagedProtocolFileIsReportedWithoutQuotingIt() throws Exception {
        Path file = home.resolve("store").resolve("snm-2026.json");
        Files.writeString(file, Files.readString(file).replace("\"EMAIL\"", "\"" + CANARY + "\""));

        for (String[] command : List.of(new String[] {"show", "snm-2026"}, new String[] {"--verbose", "editions"},
                new String[] {"--verbose", "export", "snm-2026", "--format", "json"})) {
            CommandRun.Ran ran = run(command);
            assertThat(ran.code()).as(String.join(" ", command)).isNotZero();
            assertThat(ran.err()).as(String.join(" ", command)).contains("/internal/protocolFiles");
            assertThat(ran.out() + ran.err()).as(String.join(" ", command)).doesNotContain(CANARY);
        }
    }

    @Test
    void aRefusedImportDoesNotQuoteThem() throws Exception {
        Path document = home.resolve("without-the-official.json");
        cli().export("snm-2026", "json", document);
        Files.writeString(document, Files.readString(document).replace("alhamdou-ag-ilyene", "someone-else"));

        CommandRun.Ran ran = run("import", document.toString(), "--replace", "--verbose");

        assertThat(ran.code()).isNotZero();
        assertThat(ran.err()).contains("alhamdou-ag-ilyene"); // the refusal names whose file would be lost
        assertThat(ran.out() + ran.err()).doesNotContain(CANARY);
    }
}
