package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.GoldenFiles;
import org.digitalweek.event.export.support.Specs;

/** {@code schedule.json} v1: the golden sample, validity against the C3VOC schema, ids, marks and hostile text. */
class FrabJsonExporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final FrabJsonExporter exporter = new FrabJsonExporter();

    @Test
    void theSampleMatchesItsGoldenFile() throws Exception {
        GoldenFiles.assertMatches("snm-2026.schedule.json", Editions.export(exporter, Editions.sample(), "fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSampleIsValidAgainstTheSchema(String language) {
        assertValid(Editions.export(exporter, Editions.sample(), language));
    }

    @Test
    void theGeneratedWeekOf2000SessionsIsValidAgainstTheSchema() {
        byte[] json = Editions.export(exporter, Editions.generated(), "fr");
        assertValid(json);
        assertThat(events(json)).hasSizeGreaterThanOrEqualTo(Editions.generated().sessions().size());
    }

    @Test
    void guidsAndIdsAreStableDistinctAndTheSameAsInTheXml() {
        List<JsonNode> events = events(Editions.export(exporter, Editions.generated(), "fr"));
        List<JsonNode> again = events(Editions.export(exporter, Editions.generated(), "en"));

        assertThat(events.stream().map(e -> e.get("guid").asString()))
                .allSatisfy(guid -> assertThat(UUID.fromString(guid).version()).isEqualTo(5)).doesNotHaveDuplicates();
        assertThat(events.stream().map(e -> e.get("id").asLong())).doesNotHaveDuplicates();
        assertThat(again.stream().map(e -> e.get("guid").asString() + e.get("id").asLong()))
                .containsExactlyElementsOf(events.stream().map(e -> e.get("guid").asString() + e.get("id").asLong()).toList());
    }

    @Test
    void cancelledSessionsKeepTheirGuidAndAreMarked() {
        List<JsonNode> plain = events(Editions.export(exporter, Editions.sample(), "en"));
        List<JsonNode> cancelled = events(Editions.export(exporter, EditionVariants.cancelledAndTentative(), "en"));

        assertThat(cancelled.stream().map(e -> e.get("guid").asString()))
                .containsExactlyElementsOf(plain.stream().map(e -> e.get("guid").asString()).toList());
        assertThat(cancelled.stream().map(e -> e.get("title").asString()))
                .contains("[cancelled] High-level panel on digital governance");
        assertValid(Editions.export(exporter, EditionVariants.cancelledAndTentative(), "en"));
    }

    @Test
    void hostileTextStaysValidAndIntact() {
        byte[] json = Editions.export(exporter, EditionVariants.retitled(EditionVariants.HOSTILE + "\u0007\u0000"), "fr");

        assertValid(json);
        assertThat(events(json).stream().map(e -> e.get("title").asString()))
                .contains(EditionVariants.HOSTILE + "\u0007\u0000");
    }

    @Test
    void anEditionWhoseHostCityAndCountryAreNotGivenIsValidAgainstTheSchema() {
        byte[] json = Editions.export(exporter, EditionVariants.withoutHost(), "en");

        assertValid(json);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Optional");
    }

    private static void assertValid(byte[] json) {
        ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require("schedule.json.schema.json"), json);
        assertThat(run.output()).as("jsonschema's report").endsWith("0 errors\n");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    /** @return the events of every day and room, in document order */
    private static List<JsonNode> events(byte[] json) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode day : MAPPER.readTree(json).at("/schedule/conference/days")) {
            for (JsonNode room : day.get("rooms")) {
                room.forEach(events::add);
            }
        }
        return events;
    }
}
