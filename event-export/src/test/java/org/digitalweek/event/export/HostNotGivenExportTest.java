package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.communique.CommuniqueExporter;
import org.digitalweek.event.export.html.HtmlProgrammeExporter;
import org.digitalweek.event.export.ics.ICalendarExporter;
import org.digitalweek.event.export.jsonld.JsonLdExporter;
import org.digitalweek.event.export.markdown.MarkdownProgrammeExporter;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.frabjson.FrabJsonImporter;

/**
 * Issue 17: an edition whose host city and country are not given is exported without them. No
 * format names a city or a country it was not given, and none prints their absence as a value.
 */
class HostNotGivenExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Exporter> exporters() {
        return FormatCatalogue.discover(HostNotGivenExportTest.class.getClassLoader()).exporters().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void noFormatPrintsAnAbsentCityOrCountryAsAValue(Exporter exporter) {
        for (String language : List.of("fr", "en")) {
            String output = text(exporter, EditionVariants.withoutHost(), language);

            assertThat(output).isNotEmpty().doesNotContain("Optional").doesNotContain("ZZ")
                    .doesNotContain(", ,").doesNotContain(" · ,").doesNotContain("(, ").doesNotContain("?,")
                    .doesNotContain("Bamako, Mali").doesNotContain("Bamako (ML)");
        }
    }

    @Test
    void theCalendarNamesNoCityAndWritesNoEmptyLocation() {
        List<String> given = locations(text(new ICalendarExporter(), Editions.sample(), "fr"));
        List<String> unplaced = locations(text(new ICalendarExporter(), EditionVariants.withoutHost(), "fr"));

        assertThat(given).hasSize(Editions.sample().sessions().size())
                .allSatisfy(l -> assertThat(l).endsWith(", Bamako"));
        long withRoom = EditionVariants.withoutHost().sessions().stream().filter(s -> s.room().isPresent()).count();
        assertThat(unplaced).as("one per session in a room").hasSize((int) withRoom)
                .allSatisfy(l -> assertThat(l).doesNotEndWith(", Bamako").doesNotEndWith(",").doesNotEndWith(" ")
                        .isNotEqualTo("LOCATION:"));
    }

    /** rC3's schedule names no place; its time zone, Europe/Berlin, is no evidence that it was held in Berlin. */
    @Test
    void aBerlinTimeScheduleThatNamesNoCityIsNotExportedAsHeldInBerlin() throws IOException {
        PublicEdition edition = Drafts.toEdition(new FrabJsonImporter().read(new ByteArrayInputStream(
                Berlin.SCHEDULE.getBytes(StandardCharsets.UTF_8)), ImportContext.named("leipzig.json")).edition());

        assertThat(edition.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(edition.hostCity()).isEmpty();
        assertThat(locations(text(new ICalendarExporter(), edition, "en"))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).doesNotContain("Berlin"));
        assertThat(text(new JsonLdExporter(), edition, "en")).doesNotContain("addressLocality")
                .doesNotContain("addressCountry");
    }

    @Test
    void jsonLdGivesNoAddressPartItWasNotGivenAndNoSeriesCountry() {
        JsonNode graph = JSON.readTree(text(new JsonLdExporter(), EditionVariants.withoutHost(), "en")).get("@graph");
        List<JsonNode> nodes = new ArrayList<>();
        graph.forEach(nodes::add);

        assertThat(nodes).filteredOn(n -> type(n).equals("Place")).isNotEmpty()
                .allSatisfy(place -> assertThat(place.has("address")).as(place.toString()).isFalse());
        assertThat(nodes).filteredOn(n -> type(n).equals("EventSeries")).singleElement()
                .satisfies(series -> assertThat(series.has("location")).isFalse());
        assertThat(nodes).filteredOn(n -> n.has("address"))
                .allSatisfy(n -> {
                    assertThat(type(n)).isEqualTo("GovernmentOrganization");
                    assertThat(n.get("address").has("addressLocality")).isFalse();
                });
        PublicEdition noVenue = EditionVariants.withoutHost().toBuilder().venues(List.of())
                .sessions(EditionVariants.withoutHost().sessions().stream()
                        .map(s -> s.movedTo(s.slot(), java.util.Optional.empty())).toList()).build();
        assertThat(text(new JsonLdExporter(), noVenue, "en")).doesNotContain("\"location\"");
    }

    @Test
    void thePageTheMarkdownAndTheCommuniqueLeaveThePlaceOut() {
        assertThat(text(new HtmlProgrammeExporter(), Editions.sample(), "fr")).contains(" · Bamako, Mali");
        assertThat(text(new HtmlProgrammeExporter(), EditionVariants.withoutHost(), "fr")).doesNotContain(" · Bamako");
        assertThat(text(new MarkdownProgrammeExporter(), Editions.sample(), "en")).contains(" · Bamako, Mali");
        assertThat(text(new MarkdownProgrammeExporter(), EditionVariants.withoutHost(), "en"))
                .doesNotContain(" · Bamako");

        String french = text(new CommuniqueExporter(), EditionVariants.withoutHost(), "fr");
        String english = text(new CommuniqueExporter(), EditionVariants.withoutHost(), "en");
        assertThat(text(new CommuniqueExporter(), Editions.sample(), "fr")).contains("Fait à Bamako, le ");
        assertThat(french).doesNotContain("à Bamako").contains("Fait le ");
        assertThat(text(new CommuniqueExporter(), Editions.sample(), "en")).contains("in Bamako");
        assertThat(english).doesNotContain("in Bamako").doesNotContain("\nBamako, ");
    }

    private static String type(JsonNode node) {
        return node.has("@type") ? node.get("@type").asString() : "";
    }

    /** @return the unfolded {@code LOCATION} lines of a calendar */
    private static List<String> locations(String calendar) {
        return calendar.replace("\r\n ", "").lines().filter(l -> l.startsWith("LOCATION")).toList();
    }

    private static String text(Exporter exporter, PublicEdition edition, String language) {
        return new String(Editions.export(exporter, edition, language), StandardCharsets.UTF_8);
    }

    /** A schedule.json in Berlin time that names no city, as rC3's. */
    private static final class Berlin {
        static final String SCHEDULE = """
                {"schedule": {"version": "1", "conference": {"acronym": "dw", "title": "Datenwoche",
                  "start": "2026-03-10", "end": "2026-03-10", "time_zone_name": "Europe/Berlin", "days": [
                  {"index": 1, "date": "2026-03-10", "rooms": {"Saal 1": [
                    {"id": 1, "guid": "8d5a4a7e-1c7b-4f0e-9b1e-000000000001", "date": "2026-03-10T10:00:00+01:00",
                     "start": "10:00", "duration": "01:00", "room": "Saal 1", "title": "Eröffnung",
                     "type": "talk", "language": "de", "persons": []}]}}]}}}
                """;
    }
}
