package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.NaughtyProgramme;

/**
 * The published schema, {@code docs/schema/edition.schema.json}, is the contract of the
 * {@code json} export: every export conforms, checked by an independent validator (Debian's
 * Python {@code jsonschema}, draft 2020-12), and the schema rejects what the format forbids.
 */
class CanonicalJsonSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "schema", "edition.schema.json");

    /** Checks the schema itself, then the document; prints every error with its path; exit 1 on any. */
    private static final String VALIDATE = """
            import json, sys
            from jsonschema import Draft202012Validator
            with open(sys.argv[1], encoding="utf-8") as f:
                schema = json.load(f)
            Draft202012Validator.check_schema(schema)
            with open(sys.argv[2], encoding="utf-8") as f:
                document = json.load(f)
            errors = sorted(Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
            for e in errors:
                print("/".join(str(p) for p in e.absolute_path) + ": " + e.message)
            sys.exit(1 if errors else 0)
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void requireValidator() {
        assertThat(SCHEMA).exists();
        ExternalTools.requirePython("jsonschema");
    }

    private ExternalTools.Run validate(String document) throws IOException {
        Path file = Files.writeString(folder.resolve("document.json"), document, StandardCharsets.UTF_8);
        return ExternalTools.python(VALIDATE, SCHEMA.toString(), file.toString());
    }

    private static String export(PublicEdition edition) {
        return new String(Editions.export(new CanonicalJsonExporter(), edition, "fr"), StandardCharsets.UTF_8);
    }

    @Test
    void theExportOfTheSampleConforms() throws IOException {
        ExternalTools.Run run = validate(export(Editions.sample()));
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void theExportOfTheGeneratedWeekConforms() throws IOException {
        ExternalTools.Run run = validate(export(Editions.generated()));
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void theExportOfTheNaughtyEditionConforms() throws IOException {
        ExternalTools.Run run = validate(export(NaughtyProgramme.edition()));
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void theExportOfAnEditionWithNoHostCityOrCountryConformsAndLeavesThemOut() throws IOException {
        String document = export(EditionVariants.withoutHost());

        ExternalTools.Run run = validate(document);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(document).doesNotContain("\"hostCity\"").doesNotContain("\"hostCountry\"")
                .doesNotContain("\"city\"").doesNotContain("null");
        assertThat(export(Editions.sample())).contains("\"hostCity\"", "\"hostCountry\"", "\"city\"");
    }

    @Test
    void theExportOfAnImportedEditionWithSourcesPagesAndLinksConforms() throws IOException {
        String document = export(EditionVariants.linked());
        assertThat(document).contains("\"source\": {", "\"links\": [", "\"kind\": \"ATTACHMENT\"");

        ExternalTools.Run run = validate(document);

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void aLinkThatIsNoWebAddressOrAnUnknownKindAndAnEmptySourceAreRejected() throws IOException {
        String broken = export(EditionVariants.linked())
                .replace("\"https://live.example.ml/snm/banquets\"", "\"javascript:alert(1)\"")
                .replace("\"kind\": \"SLIDES\"", "\"kind\": \"slides\"")
                .replace("\"url\": \"" + EditionVariants.OPENING_PAGE + "\"", "\"url\": \"/lancement\"")
                .replaceFirst("\"source\": \\{\\s*\"guid\": \"guid with spaces; and, commas\"\\s*}",
                        "\"source\": {}");

        ExternalTools.Run run = validate(broken);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        String opening = "edition/sessions/" + index("ceremonie-de-lancement");
        assertThat(run.output()).contains(opening + "/links/0/url:", opening + "/links/1/kind:", opening + "/url:",
                "edition/sessions/" + index("panel-gouvernance-numerique") + "/source: {} does not have enough");
    }

    private static int index(String session) {
        List<Session> sessions = EditionVariants.linked().sessions();
        return sessions.indexOf(sessions.stream().filter(s -> s.id().value().equals(session)).findFirst()
                .orElseThrow());
    }

    @Test
    void aSessionWithoutTitleIsRejected() throws IOException {
        String broken = export(Editions.sample()).replaceFirst(
                "\"title\": \\{\\s*\"en\": \"Official launch of the 3rd edition\",\\s*\"fr\": \"[^\"]*\"\\s*},", "");
        assertThat(broken).doesNotContain("Official launch");

        ExternalTools.Run run = validate(broken);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("edition/sessions/0: 'title' is a required property");
    }

    @Test
    void anUnknownPropertyIsRejected() throws IOException {
        String broken = export(Editions.sample()).replace("\"shortName\": \"CICB\",",
                "\"shortName\": \"CICB\",\n\"parking\": true,");

        ExternalTools.Run run = validate(broken);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("edition/venues/0: Additional properties are not allowed ('parking'");
    }

    @Test
    void wrongValuesAreRejected() throws IOException {
        String broken = export(Editions.sample())
                .replace("\"id\": \"snm-2026\"", "\"id\": \"snm 2026\"")
                .replace("\"type\": \"PANEL\"", "\"type\": \"panel\"")
                .replace("\"start\": \"2026-01-29T09:00:00\"", "\"start\": \"29/01/2026 09:00\"")
                .replace("\"fr\": \"Salle des banquets\"", "\"fr\": \"  \"");

        ExternalTools.Run run = validate(broken);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("edition/id:", "edition/sessions/1/type:",
                "edition/sessions/0/slot/start:", "edition/venues/0/rooms/0/name/fr:");
    }
}
