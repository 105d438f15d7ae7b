package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek diff}: between releases, editions and documents, with {@code --exit-code}. */
class DiffCommandTest extends CommandTests {

    private static final String MOVED_FR = "~ Déplacée : « Masterclass en intelligence artificielle » (masterclass-ia) : "
            + "2026-01-31 09:00–12:00, « Salle de formation (illustrative) » → 2026-02-03 09:00–12:00, "
            + "« Salle de formation (illustrative) »";

    private void moveTheMasterclass() {
        assertThat(run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-03T09:00", "--end",
                "2026-02-03T12:00").code()).isZero();
    }

    @Test
    void betweenTwoReleasesByLabelOrNumberWithAndWithoutExitCode() {
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();
        moveTheMasterclass();
        assertThat(run("publish", "snm-2026").code()).isZero();

        Ran diff = run("diff", "snm-2026", "--from", "1.0", "--to", "2");
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).isEqualTo(MOVED_FR + NL);

        Ran changed = run("diff", "snm-2026", "--from", "1", "--to", "2", "--exit-code");
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).isEqualTo(MOVED_FR + NL);
        assertThat(changed.err()).isEmpty();

        Ran same = run("diff", "snm-2026", "--from", "2", "--exit-code", "--lang", "en");
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("No changes." + NL);
    }

    @Test
    void withoutToTheReleaseIsComparedWithTheCurrentProgramme() {
        assertThat(run("publish", "snm-2026").code()).isZero();
        assertThat(run("session", "cancel", "snm-2026", "panel-gouvernance-numerique").code()).isZero();

        Ran diff = run("diff", "snm-2026", "--from", "1", "--lang", "en");

        assertThat(diff.out()).isEqualTo("× Cancelled: 'High-level panel on digital governance' "
                + "(panel-gouvernance-numerique), 2026-01-30 10:00–12:00 in 'Conference room (illustrative)'" + NL);
    }

    @Test
    void betweenTwoDocumentsWhoseFormatIsRecognized() throws Exception {
        Path before = home.resolve("before.json");
        Path after = home.resolve("after.json");
        cli().export("snm-2026", "json", before);
        moveTheMasterclass();
        cli().export("snm-2026", "json", after);

        Ran diff = run("diff", before.toString(), after.toString(), "--exit-code");
        assertThat(diff.code()).isEqualTo(1);
        assertThat(diff.out()).isEqualTo(MOVED_FR + NL);

        Ran same = run("diff", before.toString(), before.toString(), "--exit-code");
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("Aucun changement." + NL);
    }

    @Test
    void aDocumentAgainstTheStoredEditionAndAFormatGivenByHand() throws Exception {
        Path exported = home.resolve("programme.txt");
        cli().export("snm-2026", "json", exported);
        moveTheMasterclass();

        Ran diff = run("diff", exported.toString(), "snm-2026", "--format", "json");

        assertThat(diff.code()).isZero();
        assertThat(diff.out()).isEqualTo(MOVED_FR + NL);
    }

    @Test
    void betweenTwoEditions() {
        assertThat(run("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-28").code()).isZero();

        Ran diff = run("diff", "snm-2026", "snm-2027", "--lang", "en");

        assertThat(diff.code()).isZero();
        assertThat(diff.out()).contains("~ Moved: 'Masterclass in artificial intelligence' (masterclass-ia): "
                + "2026-01-31 09:00–12:00 in 'Training room (illustrative)' → 2027-01-30 09:00–12:00 in "
                + "'Training room (illustrative)'")
                .contains("~ Retitled: 'Official launch of the 3rd edition' (ceremonie-de-lancement) → "
                        + "'Official launch of the 4th edition'")
                .endsWith("~ Edition 'Mali Digital Week, 3rd edition' → 'Mali Digital Week, 4th edition' changed: "
                        + "id, number, title, dates" + NL);
    }

    @Test
    void aMoveToAnotherRoomNamesBothRoomsAndAnAssignedPersonIsNamedInBothLanguages() {
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();
        assertThat(run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-03T09:00", "--end",
                "2026-02-03T12:00", "--room", "salle-des-banquets").code()).isZero();
        assertThat(run("session", "assign", "snm-2026", "masterclass-ia", "--person", "mamou-daffe", "--role",
                "trainer").code()).isZero();

        Ran french = run("diff", "snm-2026", "--from", "1.0");
        Ran english = run("diff", "snm-2026", "--from", "1.0", "--lang", "en");

        assertThat(french.out()).isEqualTo(String.join(NL,
                "~ Déplacée : « Masterclass en intelligence artificielle » (masterclass-ia) : 2026-01-31 09:00–12:00, "
                        + "« Salle de formation (illustrative) » → 2026-02-03 09:00–12:00, « Salle des banquets »",
                "~ Participants modifiés : « Masterclass en intelligence artificielle » (masterclass-ia) : "
                        + "ajoutés M. Mamou Daffé (formateur)") + NL);
        assertThat(english.out()).isEqualTo(String.join(NL,
                "~ Moved: 'Masterclass in artificial intelligence' (masterclass-ia): 2026-01-31 09:00–12:00 in "
                        + "'Training room (illustrative)' → 2026-02-03 09:00–12:00 in 'Banquet hall'",
                "~ Participants changed: 'Masterclass in artificial intelligence' (masterclass-ia): "
                        + "added M. Mamou Daffé (trainer)") + NL);
        assertThat(french.out() + english.out()).doesNotContain("salle-de-formation", "salle-des-banquets",
                "mamou-daffe");
    }

    /** A frab schedule of two talks given by one speaker, person 4690, who the later version spells anew. */
    private static String schedule(String speaker, String guest) {
        String talk = """
                      <event guid="00000000-0000-4000-8000-00000000000%s" id="%s">
                        <date>2026-03-10T%s:00:00+00:00</date><duration>01:00</duration><title>%s</title>
                        <persons><person id="4690">%s</person>%s</persons>
                      </event>
                """;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule><version>1</version>
                  <conference><acronym>demo</acronym><title>Demo</title><start>2026-03-10</start><end>2026-03-10</end>
                    <time_zone_name>Africa/Bamako</time_zone_name><city>Bamako</city></conference>
                  <day index="1" date="2026-03-10" start="2026-03-10T04:00:00+00:00" end="2026-03-11T04:00:00+00:00">
                    <room name="Hall A">
                """ + talk.formatted(1, 1, "09", "Opening", speaker, "")
                + talk.formatted(2, 2, "11", "Closing", speaker, guest == null ? ""
                        : "<person id=\"5361\">" + guest + "</person>")
                + "    </room>\n  </day>\n</schedule>\n";
    }

    @Test
    void aRenamedSpeakerShowsUnderEachOfTheirSessionsAndEveryLineNamesPeople() throws Exception {
        Path before = Files.writeString(home.resolve("v1.xml"), schedule("Jane Doe", null));
        Path after = Files.writeString(home.resolve("v2.xml"), schedule("Jane Q. Doe", "Awa Traoré"));

        Ran english = run("diff", before.toString(), after.toString(), "--lang", "en");
        Ran french = run("diff", before.toString(), after.toString());

        assertThat(english.code()).isZero();
        assertThat(english.out()).isEqualTo(String.join(NL,
                "~ Participants changed: 'Opening' (00000000-0000-4000-8000-000000000001): changed Jane Doe → Jane Q. Doe",
                "~ Participants changed: 'Closing' (00000000-0000-4000-8000-000000000002): added Awa Traoré (speaker); "
                        + "changed Jane Doe → Jane Q. Doe",
                "~ Official 'Jane Doe' → 'Jane Q. Doe' changed: name",
                "+ Official 'Awa Traoré' added") + NL);
        assertThat(french.out()).isEqualTo(String.join(NL,
                "~ Participants modifiés : « Opening » (00000000-0000-4000-8000-000000000001) : modifiés Jane Doe → Jane Q. Doe",
                "~ Participants modifiés : « Closing » (00000000-0000-4000-8000-000000000002) : ajoutés Awa Traoré "
                        + "(intervenant) ; modifiés Jane Doe → Jane Q. Doe",
                "~ Personnalité « Jane Doe » → « Jane Q. Doe » modifiée : nom",
                "+ Personnalité « Awa Traoré » ajoutée") + NL);
    }

    @Test
    void aFileOfUnknownFormatIsAUsageErrorThatListsTheFormats() throws Exception {
        Path notes = Files.writeString(home.resolve("notes.txt"), "quelques notes");

        Ran diff = run("diff", notes.toString(), notes.toString(), "--lang", "en");

        assertThat(diff.code()).isEqualTo(2);
        assertThat(diff.errLines()[0]).isEqualTo("digitalweek: format of '" + notes + "' not recognized; give --format, "
                + "one of frab-json, frab-xml, ics, json, schedule2");
    }

    @Test
    void operandsThatAreNeitherFilesNorEditionsOrBadCombinationsAreUsageErrors() {
        Ran missing = run("diff", "snm-2026", "ancien/programme.xml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "digitalweek: « ancien/programme.xml » n'est ni un fichier ni une édition du stockage",
                "Aide : digitalweek diff --help");

        Ran toAlone = run("diff", "snm-2026", "snm-2026", "--to", "1", "--lang", "en");
        assertThat(toAlone.code()).isEqualTo(2);
        assertThat(toAlone.errLines()[0]).isEqualTo("digitalweek: --to goes with --from");

        Ran one = run("diff", "snm-2026", "--lang", "en");
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.errLines()[0]).isEqualTo(
                "digitalweek: give two editions or files, or one edition and --from");

        Ran unknownRelease = run("diff", "snm-2026", "--from", "9", "--lang", "en");
        assertThat(unknownRelease.code()).isEqualTo(2);
        assertThat(unknownRelease.errLines()).containsExactly("digitalweek: edition 'snm-2026' has no release '9'");
    }

    @Test
    void theHelpSaysHowOperandsAreRead() {
        Ran help = run("diff", "--help", "--lang", "en");

        assertThat(help.code()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("diff EDITION --from R1 [--to R2]",
                "each an existing file (a document in an importable format, read but not stored) or else an "
                        + "edition id", "--exit-code");
        assertThat(run("diff", "--help").out().replaceAll("\\s+", " ")).contains("diff ÉDITION --from P1 [--to P2]",
                "chacun un fichier existant (un document d'un format importable, lu mais pas stocké) ou sinon une "
                        + "édition");
    }
}
