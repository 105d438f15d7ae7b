package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.NaughtyEditions;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.Specs;

/**
 * Each accepted naughty string as every field of the edition itself (title, series, theme, host
 * city, note), one edition per string: every exporter writes it (the JSON formats well-formed), the
 * canonical document reads back equal, the schedules pass their schemas and ical4j reads the calendar. The page of the strings that
 * look like markup is checked in Chromium by {@code HtmlPageInChromiumTest}.
 */
class NaughtyHeadlinesTest {

    private static final FormatCatalogue FORMATS = FormatCatalogue.discover(NaughtyHeadlinesTest.class.getClassLoader());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> JSON_FORMATS = Set.of("json", "frab-json", "schedule2", "jsonld");
    private static final Map<String, String> SCHEMAS = Map.of("frab-json", "schedule.json.schema.json",
            "schedule2", "schedule2.json.schema.json");

    private static List<PublicEdition> headlines;

    @BeforeAll
    static void build() {
        headlines = NaughtyEditions.accepted().stream().map(NaughtyEditions::headline).map(Drafts::toEdition).toList();
    }

    @Test
    void everyExporterWritesEveryHeadlineAndTheCanonicalDocumentReadsBackEqual() throws IOException {
        assertThat(headlines).hasSizeGreaterThan(470);
        for (PublicEdition edition : headlines) {
            for (Exporter exporter : FORMATS.exporters()) {
                byte[] output = Editions.export(exporter, edition, "fr");
                assertThat(output).as("%s of %s", exporter.formatId(), edition.id()).isNotEmpty();
                if (JSON_FORMATS.contains(exporter.formatId())) {
                    assertThat(JSON.readTree(output).isObject()).as("%s of %s", exporter.formatId(), edition.id())
                            .isTrue();
                }
            }
            byte[] canonical = Editions.export(FORMATS.exporter("json").orElseThrow(), edition, "fr");
            var read = FORMATS.importer("json").orElseThrow().read(new ByteArrayInputStream(canonical),
                    ImportContext.named(edition.id().value() + ".json"));
            assertThat(Drafts.toEdition(read.edition())).as(edition.id().value()).isEqualTo(edition);
        }
    }

    @Test
    void scheduleXmlOfEveryHeadlinePassesTheXsdAndKeepsTheTitle() {
        for (PublicEdition edition : headlines) {
            byte[] xml = Editions.export(FORMATS.exporter("frab-xml").orElseThrow(), edition, "fr");
            assertThat(Specs.xsdProblems(Specs.require("schedule.xml.xsd"), xml)).as(edition.id().value()).isEmpty();
        }
    }

    @Test
    void jsonSchedulesOfEveryHeadlinePassTheirSchemas() {
        SCHEMAS.forEach((format, schema) -> {
            List<byte[]> documents = new ArrayList<>();
            for (PublicEdition edition : headlines) {
                byte[] json = Editions.export(FORMATS.exporter(format).orElseThrow(), edition, "fr");
                assertThat(titleOf(JSON.readTree(json))).as(edition.id().value()).isEqualTo(edition.title().resolve("fr"));
                documents.add(json);
            }
            ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require(schema), documents);
            assertThat(run.output()).as(format).endsWith("0 errors\n");
            assertThat(run.exitCode()).isZero();
        });
    }

    @Test
    void ical4jReadsTheCalendarOfEveryHeadline() throws IOException, ParserException {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        for (PublicEdition edition : headlines) {
            byte[] ics = Editions.export(FORMATS.exporter("ics").orElseThrow(), edition, "fr");
            Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
            assertThat(calendar.getProperty("X-WR-CALNAME").map(p -> p.getValue().strip()))
                    .as("%s: %s", edition.id().value(), new String(ics, StandardCharsets.UTF_8).lines().limit(12).toList())
                    .contains(edition.title().resolve("fr").strip());
        }
    }

    private static String titleOf(JsonNode schedule) {
        return schedule.path("schedule").path("conference").path("title").asString();
    }
}
