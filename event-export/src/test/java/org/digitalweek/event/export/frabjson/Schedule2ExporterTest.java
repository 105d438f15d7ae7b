package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.export.frab.FrabXmlExporter;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.GoldenFiles;
import org.digitalweek.event.export.support.Specs;

/** {@code schedule2}: the golden sample, validity against the C3VOC schema, translations, roles and states. */
class Schedule2ExporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Schedule2Exporter exporter = new Schedule2Exporter();

    @Test
    void theSampleMatchesItsGoldenFile() throws Exception {
        GoldenFiles.assertMatches("snm-2026.schedule2.json", Editions.export(exporter, Editions.sample(), "fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSampleIsValidAgainstTheSchema(String language) {
        assertValid(Editions.export(exporter, Editions.sample(), language));
    }

    @Test
    void theGeneratedWeekOf2000SessionsIsValidWithOneEventPerSession() {
        byte[] json = Editions.export(exporter, Editions.generated(), "fr");
        assertValid(json);
        List<JsonNode> events = events(json);
        assertThat(events).hasSize(Editions.generated().sessions().size());
        assertThat(events.stream().map(e -> e.get("guid").asString()))
                .allSatisfy(guid -> assertThat(UUID.fromString(guid).version()).isEqualTo(5)).doesNotHaveDuplicates();
        assertThat(events.stream().map(e -> e.get("slug").asString())).doesNotHaveDuplicates();
    }

    @Test
    void aSessionOverSeveralDaysIsOneEventWithTheGuidOfItsFirstDayInTheXml() {
        JsonNode exhibition = events(Editions.export(exporter, Editions.sample(), "fr")).stream()
                .filter(e -> e.get("title").asString().startsWith("Exposition")).findFirst().orElseThrow();
        String xml = new String(Editions.export(new FrabXmlExporter(), Editions.sample(), "fr"),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(exhibition.get("start").asString()).isEqualTo("2026-01-29T12:00:00+00:00");
        assertThat(exhibition.get("end").asString()).isEqualTo("2026-02-04T18:00:00+00:00");
        assertThat(xml).contains("<event guid=\"" + exhibition.get("guid").asString() + "\"");
    }

    @Test
    void textsAreTranslatedRolesMappedAndCapacityKept() {
        JsonNode schedule = MAPPER.readTree(Editions.export(exporter, Editions.sample(), "en")).get("schedule");
        JsonNode opening = events(schedule).stream().filter(e -> e.at("/participants").size() == 3).findFirst().orElseThrow();

        assertThat(opening.get("title").asString()).isEqualTo("Official launch of the 3rd edition");
        assertThat(opening.at("/abstract/fr").asString()).startsWith("[illustratif] Heures illustratives");
        assertThat(opening.at("/abstract/en").asString()).startsWith("[illustrative] Illustrative hours");
        assertThat(opening.get("participants").findValuesAsString("role")).containsExactly("SPEAKER", "SPEAKER", "HOST");
        assertThat(schedule.at("/conference/rooms/1/description/en").asString()).startsWith("[illustrative] ");

        JsonNode generated = MAPPER.readTree(Editions.export(exporter, Editions.generated(), "fr")).get("schedule");
        assertThat(generated.at("/conference/rooms").findValues("capacity")).isNotEmpty();
    }

    @Test
    void cancelledAndTentativeSessionsHaveTheirState() {
        byte[] json = Editions.export(exporter, EditionVariants.cancelledAndTentative(), "fr");
        List<JsonNode> events = events(json);

        assertThat(events.stream().filter(e -> e.get("state").asString().equals("CANCELED")).map(e -> e.get("title").asString()))
                .containsExactly("[annulé] Panel de haut niveau sur la gouvernance numérique");
        assertThat(events.stream().filter(e -> e.get("state").asString().equals("ACCEPTED")).map(e -> e.get("title").asString()))
                .containsExactly("Masterclass en intelligence artificielle");
        assertValid(json);
    }

    @Test
    void hostileTextStaysValidAndIntact() {
        byte[] json = Editions.export(exporter, EditionVariants.retitled(EditionVariants.HOSTILE), "en");

        assertValid(json);
        assertThat(events(json).stream().map(e -> e.get("title").asString())).contains(EditionVariants.HOSTILE);
    }

    @Test
    void anEditionWhoseHostCityAndCountryAreNotGivenIsValidAgainstTheSchema() {
        byte[] json = Editions.export(exporter, EditionVariants.withoutHost(), "fr");

        assertValid(json);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Optional");
    }

    private static void assertValid(byte[] json) {
        ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require("schedule2.json.schema.json"), json);
        assertThat(run.output()).as("jsonschema's report").endsWith("0 errors\n");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private static List<JsonNode> events(byte[] json) {
        return events(MAPPER.readTree(json).get("schedule"));
    }

    private static List<JsonNode> events(JsonNode schedule) {
        return schedule.get("events").valueStream().toList();
    }
}
