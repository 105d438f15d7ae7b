package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.out.ImportResult;

/** What a calendar holds beyond sessions is skipped and said, once per name; the rest is kept. */
class ICalendarImporterLenienceTest {

    @Test
    void reads_texts_rooms_tracks_and_the_calendar_title_theme_and_language() {
        String text = ImportedCalendars.calendar(List.of("NAME:Semaine du numérique", "X-WR-CALNAME:Old name",
                "DESCRIPTION:Souveraineté numérique", "X-WR-TIMEZONE:Africa/Bamako"),
                "UID:ouverture|SUMMARY;LANGUAGE=fr:Cérémonie\\, ouverture|DESCRIPTION:Premier paragraphe\\n\\nSecond"
                        + "|LOCATION:Salle des banquets|CATEGORIES:Gouvernance|DTSTART:20260129T090000Z|DURATION:PT2H");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);
        Session session = edition.session(new SessionId("ouverture")).orElseThrow();

        assertThat(edition.title().resolve("fr")).isEqualTo("Semaine du numérique");
        assertThat(edition.theme().title().resolve("fr")).isEqualTo("Souveraineté numérique");
        assertThat(session.title().exactly("fr")).contains("Cérémonie, ouverture");
        assertThat(session.summary().resolve("fr")).isEqualTo("Premier paragraphe\n\nSecond");
        assertThat(session.room().flatMap(edition::room).map(r -> r.name().resolve("fr")))
                .contains("Salle des banquets");
        assertThat(session.track().flatMap(t -> edition.theme().track(t)).map(t -> t.name().resolve("fr")))
                .contains("Gouvernance");
        assertThat(session.type()).isEqualTo(SessionType.OTHER);
        assertThat(ImportedCalendars.warnings(result)).noneMatch(w -> w.contains("ignored"));
    }

    @Test
    void unknown_properties_and_components_are_skipped_and_said_once_per_name_with_a_count() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako",
                "X-APPLE-CALENDAR-COLOR:#ff0000", "BEGIN:VTODO", "UID:todo", "SUMMARY:Buy chairs", "END:VTODO",
                "BEGIN:VJOURNAL", "UID:j", "END:VJOURNAL"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|GEO:12.6;-8.0|URL:https://example.org/a"
                        + "|X-FOO:bar|DTSTAMP:20260101T000000Z|SEQUENCE:3|BEGIN:VALARM|ACTION:DISPLAY|TRIGGER:-PT15M"
                        + "|END:VALARM",
                "UID:b|SUMMARY:B|DTSTART:20260129T110000Z|DURATION:PT1H|GEO:12.6;-8.0"
                        + "|ATTACH:https://example.org/b.pdf");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.edition(result).sessions()).hasSize(2);
        assertThat(ImportedCalendars.warnings(result)).filteredOn(w -> w.contains("ignored")).containsExactly(
                "line 5 (VCALENDAR): property X-APPLE-CALENDAR-COLOR ignored",
                "line 6 (VTODO): component VTODO ignored",
                "line 10 (VJOURNAL): component VJOURNAL ignored",
                "line 18 (VEVENT 1, UID a): property GEO ignored (2 times"
                        + "; also at line 33 (VEVENT 2, UID b))",
                "line 20 (VEVENT 1, UID a): property X-FOO ignored",
                "line 23 (VALARM in VEVENT 1, UID a): component VALARM ignored");
        assertThat(ImportedCalendars.edition(result).sessions()).extracting(s -> s.url().map(Object::toString)
                .orElse(""), s -> s.links().size()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("https://example.org/a", 0),
                        org.assertj.core.groups.Tuple.tuple("", 1));
        assertThat(ImportedCalendars.warningsFr(result)).contains("propriété GEO ignorée (2 fois"
                + " ; aussi : ligne 33 (VEVENT 2, UID b))",
                "composant VTODO ignoré");
    }

    @Test
    void cancelled_events_are_cancelled_and_tentative_ones_confirmed_with_a_warning() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|STATUS:CANCELLED",
                "UID:b|SUMMARY:B|DTSTART:20260129T110000Z|DURATION:PT1H|STATUS:TENTATIVE",
                "UID:c|SUMMARY:C|DTSTART:20260129T130000Z|DURATION:PT1H|STATUS:CONFIRMED");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.edition(result).programme()).extracting(s -> s.id().value(), Session::isCancelled)
                .containsExactly(tuple("a", true), tuple("b", false), tuple("c", false));
        assertThat(ImportedCalendars.warnings(result)).contains("line 17 (VEVENT 2, UID b): STATUS:TENTATIVE read as "
                + "confirmed: an import keeps cancellations only");
    }

    @Test
    void a_cancelling_calendar_cancels_its_events() {
        String text = ImportedCalendars.calendar(List.of("METHOD:CANCEL", "X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H");

        assertThat(ImportedCalendars.edition(ImportedCalendars.read(text, ImportedCalendars.CONTEXT)).programme())
                .allMatch(Session::isCancelled);
    }

    @Test
    void a_recurring_event_keeps_its_first_occurrence_and_its_changed_occurrences_are_skipped() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:daily|SUMMARY:Daily|DTSTART:20260129T080000Z|DURATION:PT30M|RRULE:FREQ=DAILY;COUNT=5"
                        + "|EXDATE:20260130T080000Z",
                "UID:daily|SUMMARY:Daily, later|RECURRENCE-ID:20260131T080000Z|DTSTART:20260131T100000Z|DURATION:PT30M",
                "UID:weekly|SUMMARY:Weekly|DTSTART:20260129T120000Z|DURATION:PT1H|RRULE:FREQ=WEEKLY");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.edition(result).programme()).extracting(s -> s.id().value(), s -> s.slot().start())
                .containsExactly(tuple("daily", LocalDateTime.parse("2026-01-29T08:00")),
                        tuple("weekly", LocalDateTime.parse("2026-01-29T12:00")));
        assertThat(ImportedCalendars.warnings(result)).contains(
                "line 5 (VEVENT 1, UID daily): recurring event (RRULE, RDATE): only the first occurrence is kept "
                        + "(2 times; also at line 20 (VEVENT 3, UID weekly))",
                "line 16 (VEVENT 2, UID daily): changed occurrence of a recurring event (RECURRENCE-ID) skipped: only "
                        + "the first occurrence is kept");
        assertThat(ImportedCalendars.warnings(result)).noneMatch(w -> w.contains("EXDATE"));
    }

    @Test
    void only_the_first_category_is_the_track_and_attendees_are_participants() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|CATEGORIES:IA,Atelier|CATEGORIES:Jeunes"
                        + "|ATTENDEE;CN=\"Traoré, Awa\";ROLE=CHAIR:mailto:awa@example.org"
                        + "|ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:moussa@example.org"
                        + "|ATTENDEE;CUTYPE=ROOM;CN=Salle 2:mailto:salle2@example.org");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);
        Session session = edition.programme().get(0);

        assertThat(session.track().flatMap(t -> edition.theme().track(t)).map(t -> t.name().resolve("en")))
                .contains("IA");
        assertThat(edition.theme().tracks()).hasSize(1);
        assertThat(session.participants()).extracting(p -> edition.official(p.official()).orElseThrow().displayName(),
                p -> p.role()).containsExactly(tuple("Traoré, Awa", ParticipantRole.PRESIDES),
                tuple("moussa@example.org", ParticipantRole.SPEAKER));
        assertThat(ImportedCalendars.warnings(result)).contains(
                "line 10 (VEVENT 1, UID a): only the first category is kept, as the track",
                "line 12 (VEVENT 1, UID a): ATTENDEE of type ROOM ignored",
                "line 12 (VEVENT 1, UID a): ATTENDEE read as a participant: a speaker, or presides for ROLE=CHAIR "
                        + "(2 times)");
    }

    @Test
    void uids_that_are_no_ids_give_their_local_part_or_a_slug_of_the_title_and_say_so() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:1234@frab.example.org|SUMMARY:Talk|DTSTART:20260129T090000Z|DURATION:PT1H",
                "SUMMARY:Sans UID|DTSTART:20260129T110000Z|DURATION:PT1H",
                "UID:1234@frab.example.org|SUMMARY:Talk again|DTSTART:20260129T130000Z|DURATION:PT1H");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.edition(result).programme()).extracting(s -> s.id().value())
                .containsExactly("1234", "sans-uid", "talk-again");
        assertThat(ImportedCalendars.warnings(result)).contains(
                "line 5 (VEVENT 1, UID 1234@frab.example.org): guid is not an id, derived from id",
                "line 11 (VEVENT 2): no guid and no id: derived from the title",
                "line 16 (VEVENT 3, UID 1234@frab.example.org): guid is not an id and no id: derived from the title");
    }

    @Test
    void biweeklys_warnings_and_lines_outside_the_calendar_are_said_at_their_line() {
        String text = ImportedCalendars.lines("BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-TIMEZONE:Africa/Bamako",
                "BEGIN:VEVENT", "UID:a", "SUMMARY:A", "a line without a colon", "DTSTART:20260129T090000Z",
                "SEQUENCE:three", "END:VEVENT", "END:VCALENDAR", "X-TRAILER:junk");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.warnings(result)).contains(
                "line 12 (X-TRAILER): line outside any VCALENDAR ignored",
                "line 7 (VEVENT 1, UID a): the iCalendar parser says: Skipping malformed line (no colon character "
                        + "found).",
                "line 9 (VEVENT 1, UID a): the iCalendar parser says: SEQUENCE: Could not parse integer value.");
    }

    @Test
    void several_calendars_make_one_edition() {
        String first = ImportedCalendars.calendar(List.of("X-WR-CALNAME:Jour 1", "X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H");
        String second = ImportedCalendars.calendar(List.of("X-WR-CALNAME:Jour 2"),
                "UID:b|SUMMARY:B|DTSTART:20260130T090000Z|DURATION:PT1H");

        ImportResult result = ImportedCalendars.read(first + second, ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.programme()).extracting(s -> s.id().value()).containsExactly("a", "b");
        assertThat(edition.title().resolve("en")).isEqualTo("Jour 1");
        assertThat(ImportedCalendars.warnings(result)).contains("line 13 (VCALENDAR): several VCALENDARs: their "
                + "events make one edition");
    }
}
