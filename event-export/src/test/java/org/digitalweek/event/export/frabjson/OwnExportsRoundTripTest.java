package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;

/**
 * This project's own {@code frab-json} and {@code schedule2} exports import back with the same
 * sessions: titles, times, rooms, types (as far as schedule2's types can say them), people and the
 * cancelled mark; the several-day exhibition, written as one event a day, is one session again.
 */
class OwnExportsRoundTripTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Comparator<Session> BY_START = Comparator.comparing((Session s) -> s.slot().start())
            .thenComparing(s -> s.slot().end());

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theFrabJsonExportOfTheSampleComesBackWithTheSameSessions(String language) {
        PublicEdition sample = Editions.sample();
        byte[] json = Editions.export(new FrabJsonExporter(), sample, language);

        ImportResult result = Imports.read(new FrabJsonImporter(), json, ImportContext.named("snm-2026.json"));
        PublicEdition back = Imports.edition(result);

        assertThat(programme(back, language, true)).containsExactlyElementsOf(programme(sample, language, true));
        assertThat(back.zone()).isEqualTo(sample.zone());
        assertThat(back.dates()).isEqualTo(sample.dates());
        assertThat(back.theme().tracks()).hasSameSizeAs(sample.theme().tracks());
        assertThat(Imports.warnings(result)).anySatisfy(w -> assertThat(w)
                .endsWith("): day parts of a session over several days joined into one"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSchedule2ExportOfTheSampleComesBackWithTheSameSessionsAndTranslations(String language) {
        PublicEdition sample = Editions.sample();
        byte[] json = Editions.export(new Schedule2Exporter(), sample, language);

        ImportResult result = Imports.read(new Schedule2Importer(), json, ImportContext.named("snm-2026.json"));
        PublicEdition back = Imports.edition(result);

        assertThat(programme(back, language, false)).containsExactlyElementsOf(programme(sample, language, false));
        assertThat(types(json)).as("what the export says").containsExactly("OTHER", "OTHER", "DISCUSSION", "TALK",
                "HANDS-ON");
        assertThat(back.sessions().stream().sorted(BY_START).map(s -> s.type())).as("what comes back: a talk is"
                + " OTHER, the model has no plain talk").containsExactly(SessionType.OTHER, SessionType.OTHER,
                SessionType.PANEL, SessionType.OTHER, SessionType.TRAINING);
        assertThat(back.theme().tracks()).as("the stand-in track is no track").hasSameSizeAs(sample.theme().tracks());
        Session panel = back.sessions().stream().filter(s -> s.id().value().equals(guid(json, 2))).findFirst()
                .orElseThrow();
        assertThat(panel.summary().values()).containsOnlyKeys("fr", "en");
        assertThat(back.venues()).singleElement().satisfies(v -> assertThat(v.name().resolve(language))
                .isEqualTo(sample.venues().get(0).name().resolve(language)));
    }

    @Test
    void cancelledSessionsComeBackCancelledUnderTheirOwnTitleInBothFormats() {
        PublicEdition variant = EditionVariants.cancelledAndTentative();
        String panel = variant.session(new SessionId("panel-gouvernance-numerique")).orElseThrow().title().resolve("en");

        for (var format : List.of(new FrabJsonExporter(), new Schedule2Exporter())) {
            byte[] json = Editions.export(format, variant, "en");
            var importer = format instanceof FrabJsonExporter ? new FrabJsonImporter() : new Schedule2Importer();
            PublicEdition back = Imports.edition(Imports.read(importer, json, ImportContext.named("variant.json")));

            assertThat(back.sessions()).as(format.formatId()).filteredOn(Session::isCancelled)
                    .singleElement().satisfies(s -> assertThat(s.title().resolve("en")).isEqualTo(panel));
        }
    }

    /** Each session as a line: title, time, room, (type,) status and people, in the programme's order. */
    private static List<String> programme(PublicEdition edition, String language, boolean withType) {
        List<String> lines = new ArrayList<>();
        edition.sessions().stream().sorted(BY_START)
                .forEach(s -> lines.add(String.join(" | ", s.title().resolve(language), s.slot().toString(),
                        s.room().flatMap(edition::room).map(Room::name).map(n -> n.resolve(language)).orElse("-"),
                        withType ? s.type().name() : "", s.status() == SessionStatus.CANCELLED ? "cancelled" : "",
                        s.participants().stream().map(p -> edition.official(p.official()).map(Official::displayName)
                                .orElse("?")).toList().toString())));
        return lines;
    }

    private static List<String> types(byte[] schedule2) {
        List<String> types = new ArrayList<>();
        MAPPER.readTree(schedule2).at("/schedule/events").forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private static String guid(byte[] schedule2, int index) {
        JsonNode event = MAPPER.readTree(schedule2).at("/schedule/events/" + index);
        return event.get("guid").asString();
    }
}
