package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;

/** What real schedules get wrong is repaired, and each repair is said with its place. */
class LenientSchedulesTest {

    private static final ImportContext CONTEXT = ImportContext.named("lenient.json");

    private final FrabJsonImporter frab = new FrabJsonImporter();
    private final Schedule2Importer schedule2 = new Schedule2Importer();

    @ParameterizedTest
    @ValueSource(strings = {"0:45", "00:45", "00:45:00", "PT45M"})
    void durationsAreReadInEveryUsualWay(String duration) {
        PublicEdition edition = Imports.edition(Imports.read(frab,
                Schedules.v1(Schedules.v1Event(1, "duration", "\"" + duration + "\"")), CONTEXT));

        assertThat(edition.sessions().get(0).slot().end()).isEqualTo(LocalDateTime.of(2026, 1, 29, 9, 45));
    }

    @Test
    void anEventWithoutGuidIsKnownByItsId() {
        ImportResult result = Imports.read(frab, Schedules.v1(Schedules.v1Event(1234, "guid", null)), CONTEXT);

        assertThat(Imports.edition(result).sessions().get(0).id().value()).isEqualTo("1234");
        assertThat(Imports.warnings(result)).contains(
                "event 1234 (line 16, /schedule/conference/days/0/rooms/Salle 1/0): no guid, derived from id");
    }

    @Test
    void anEventWithoutDateStartsOnItsDayOrTheNextPastTheDayChange() {
        String events = String.join(", ", Schedules.v1Event(1, "date", null, "start", "\"10:00\""),
                Schedules.v1Event(2, "date", null, "start", "\"01:30\""));

        ImportResult result = Imports.read(frab, Schedules.v1(events), CONTEXT);

        assertThat(Imports.edition(result).sessions()).extracting(s -> s.slot().start()).containsExactly(
                LocalDateTime.of(2026, 1, 29, 10, 0), LocalDateTime.of(2026, 1, 30, 1, 30));
        assertThat(Imports.warnings(result)).contains("event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0): no"
                + " \"date\": the start is the day's date and \"start\" (2 times"
                + "; also at event 2 (line 16, /schedule/conference/days/0/rooms/Salle 1/1))");
    }

    @Test
    void aMissingTimeZoneIsTheUsersElseAClearProblem() {
        String noZone = Schedules.v1("\"start\": \"2026-01-29\", \"end\": \"2026-01-30\",", Schedules.v1Event(1,
                "date", "\"2026-01-29T09:00:00\""));

        assertThat(Imports.refusal(frab, noZone, CONTEXT).rule()).isEqualTo("no time zone: the schedule names none;"
                + " give one with the time zone option, e.g. Europe/Brussels");
        ImportResult result = Imports.read(frab, noZone, CONTEXT.withDefaultZone(ZoneId.of("Africa/Bamako")));
        PublicEdition edition = Imports.edition(result);
        assertThat(edition.zone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(edition.sessions().get(0).slot().start()).isEqualTo(LocalDateTime.of(2026, 1, 29, 9, 0));
        assertThat(Imports.warnings(result)).contains("event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0/date):"
                + " \"date\" without an offset: read on the clock of the edition's time zone");
    }

    @Test
    void numbersWhereTextIsExpectedAreReadAsText() {
        ImportResult result = Imports.read(frab, Schedules.v1(Schedules.v1Event(1, "title", "2026")), CONTEXT);

        assertThat(Imports.edition(result).sessions().get(0).title().resolve("fr")).isEqualTo("2026");
        assertThat(Imports.warnings(result)).contains("event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0/title):"
                + " a number where text is expected in \"title\": read as the text \"2026\"");
    }

    @Test
    void fieldsNotKeptAndUnknownFieldsAreSaidOncePerNameWithACount() {
        String events = String.join(", ", Schedules.v1Event(1, "url", "\"/talk/ABC/\"", "colour", "\"red\""),
                Schedules.v1Event(2, "url", "\"/talk/DEF/\"", "colour", "\"blue\"", "links", "[]"));

        ImportResult result = Imports.read(frab, Schedules.v1(events), CONTEXT);

        assertThat(Imports.warnings(result)).contains(
                "event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0): unusable web address dropped (not an absolute"
                        + " http or https address, or with a space) (2 times"
                        + "; also at event 2 (line 16, /schedule/conference/days/0/rooms/Salle 1/1))",
                "event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0/colour): unknown field \"colour\" of an event"
                        + " skipped (2 times; also at event 2 (line 16, /schedule/conference/days/0/rooms/Salle 1/1/colour))");
        assertThat(Imports.warnings(result)).noneMatch(w -> w.contains("\"links\""));
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.messageFr()).isNotBlank());
    }

    @Test
    void schedule2TranslationsStateDurationAndReferencesByName() {
        String events = String.join(", ",
                Schedules.schedule2Event("a", "title", "{\"fr\": \"Ouverture\", \"en\": \"Opening\"}",
                        "abstract", "{\"en\": \"Welcome.\", \"fr\": \"Bienvenue.\"}", "state", "\"WITHDRAWN\""),
                Schedules.schedule2Event("b", "end", null, "duration", "\"PT1H30M\"", "room", "\"Salle 2\"",
                        "participants", "[{\"guid\": \"p-2\", \"name\": \"Modibo Keita\", \"role\": \"HOST\"}]"),
                Schedules.schedule2Event("c", "type", "\"DISCUSSION\"", "track", "{\"slug\": \"culture\"}"));

        ImportResult result = Imports.read(schedule2, Schedules.schedule2(events), CONTEXT);
        List<Session> sessions = Imports.edition(result).sessions();

        Session a = sessions.get(0);
        assertThat(a.title().values()).containsEntry("fr", "Ouverture").containsEntry("en", "Opening");
        assertThat(a.summary().values()).containsEntry("fr", "Bienvenue.").containsEntry("en", "Welcome.");
        assertThat(a.status()).isEqualTo(SessionStatus.CANCELLED);
        Session b = sessions.get(1);
        assertThat(b.slot().end()).isEqualTo(LocalDateTime.of(2026, 1, 29, 10, 30));
        assertThat(b.room()).map(r -> r.value()).hasValue("salle-2");
        assertThat(b.participants()).extracting(p -> p.role()).containsExactly(ParticipantRole.PRESIDES);
        assertThat(sessions.get(2).type().name()).isEqualTo("PANEL");
        assertThat(sessions.get(2).track()).map(t -> t.value()).hasValue("culture");
        assertThat(Imports.warnings(result)).contains(
                "event a (line 18, /schedule/events/0/state): state 'WITHDRAWN' read as cancelled",
                "event b (line 18, /schedule/events/1/room): room given by name, not as a reference {\"guid\": …}",
                "event c (line 18, /schedule/events/2/track): track 'culture' the conference does not list: named after its slug");
    }
}
