package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.ImportResult;

/** Times with a TZID, in UTC, floating or all day; ends from DTEND or DURATION; the edition's zone. */
class ICalendarImporterTimesTest {

    private static final String PARIS_ZONE = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "END:VTIMEZONE");

    @Test
    void a_tzid_time_is_read_in_its_zone_which_becomes_the_editions() {
        String text = ImportedCalendars.calendar(List.of(PARIS_ZONE),
                "UID:a|SUMMARY:Summer|DTSTART;TZID=Europe/Paris:20260701T100000"
                        + "|DTEND;TZID=Europe/Paris:20260701T113000",
                "UID:b|SUMMARY:Winter|DTSTART;TZID=Europe/Paris:20260105T100000|DURATION:PT45M");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(slot(edition, "a")).isEqualTo(slot("2026-07-01T10:00", "2026-07-01T11:30"));
        assertThat(slot(edition, "b")).isEqualTo(slot("2026-01-05T10:00", "2026-01-05T10:45"));
        assertThat(ImportedCalendars.warnings(result)).contains("line 1 (VCALENDAR): no X-WR-TIMEZONE: time zone "
                + "Europe/Paris, the events' TZID");
    }

    @Test
    void utc_times_are_moved_to_the_zone_the_calendar_names() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DTEND:20260129T100000Z",
                "UID:b|SUMMARY:B|DTSTART;TZID=Europe/Paris:20260129T120000|DTEND;TZID=Europe/Paris:20260129T130000");

        PublicEdition edition = ImportedCalendars.edition(ImportedCalendars.read(text, ImportedCalendars.CONTEXT));

        assertThat(edition.zone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(slot(edition, "a")).isEqualTo(slot("2026-01-29T09:00", "2026-01-29T10:00"));
        assertThat(slot(edition, "b")).isEqualTo(slot("2026-01-29T11:00", "2026-01-29T12:00"));
    }

    @Test
    void floating_times_are_read_on_the_wall_clock_of_the_zone_given_as_an_option() {
        String text = ImportedCalendars.calendar(List.of(),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000|DTEND:20260129T100000");

        PublicEdition edition = ImportedCalendars.edition(ImportedCalendars.read(text,
                ImportedCalendars.CONTEXT.withDefaultZone(ZoneId.of("Asia/Tokyo"))));

        assertThat(edition.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(slot(edition, "a")).isEqualTo(slot("2026-01-29T09:00", "2026-01-29T10:00"));
    }

    @Test
    void without_any_zone_the_import_fails_and_asks_for_the_option() {
        String text = ImportedCalendars.calendar(List.of(), "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H");

        UnreadableDocumentException e = ImportedCalendars.failure(text, ImportedCalendars.CONTEXT);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("line 1 (VCALENDAR)");
            assertThat(p.ruleEn()).startsWith("no time zone").contains("time zone option");
        });
    }

    @Test
    void events_in_several_zones_take_the_option() {
        String text = ImportedCalendars.calendar(List.of(),
                "UID:a|SUMMARY:A|DTSTART;TZID=Europe/Paris:20260129T090000|DURATION:PT1H",
                "UID:b|SUMMARY:B|DTSTART;TZID=Africa/Dakar:20260129T090000|DURATION:PT1H");

        PublicEdition edition = ImportedCalendars.edition(ImportedCalendars.read(text, ImportedCalendars.BAMAKO));

        assertThat(edition.zone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(slot(edition, "a")).isEqualTo(slot("2026-01-29T08:00", "2026-01-29T09:00"));
        assertThat(slot(edition, "b")).isEqualTo(slot("2026-01-29T09:00", "2026-01-29T10:00"));
    }

    @Test
    void all_day_events_run_from_midnight_to_midnight_after_their_last_day_and_are_said_once() {
        String text = ImportedCalendars.calendar(List.of(),
                "UID:one|SUMMARY:One day|DTSTART;VALUE=DATE:20260129",
                "UID:three|SUMMARY:Three days|DTSTART;VALUE=DATE:20260129|DTEND;VALUE=DATE:20260201",
                "UID:two|SUMMARY:Two days|DTSTART;VALUE=DATE:20260203|DURATION:P2D");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.BAMAKO);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(slot(edition, "one")).isEqualTo(slot("2026-01-29T00:00", "2026-01-30T00:00"));
        assertThat(slot(edition, "three")).isEqualTo(slot("2026-01-29T00:00", "2026-02-01T00:00"));
        assertThat(slot(edition, "two")).isEqualTo(slot("2026-02-03T00:00", "2026-02-05T00:00"));
        assertThat(ImportedCalendars.warnings(result)).contains("line 7 (VEVENT 1, UID one): all-day event: from "
                + "00:00 on its first day to 00:00 after its last (3 times"
                + "; also at line 12 (VEVENT 2, UID three), line 18 (VEVENT 3, UID two))");
        assertThat(ImportedCalendars.warningsFr(result)).contains("événement sur des journées entières : de 00:00 "
                + "le premier jour à 00:00 après le dernier (3 fois"
                + " ; aussi : ligne 12 (VEVENT 2, UID three), ligne 18 (VEVENT 3, UID two))");
    }

    @Test
    void a_custom_vtimezone_is_read_with_its_offsets_and_said() {
        String text = ImportedCalendars.calendar(List.of("BEGIN:VTIMEZONE", "TZID:Bureau du Sahel", "BEGIN:STANDARD",
                "DTSTART:19700101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE"),
                "UID:a|SUMMARY:A|DTSTART;TZID=Bureau du Sahel:20260129T100000|DURATION:PT1H");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.BAMAKO);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(slot(edition, "a")).isEqualTo(slot("2026-01-29T09:00", "2026-01-29T10:00"));
        assertThat(ImportedCalendars.warnings(result)).contains("line 15 (VEVENT 1, UID a): TZID 'Bureau du Sahel' "
                + "is no IANA time zone: times read with the offsets of its VTIMEZONE");
    }

    @Test
    void an_unknown_tzid_without_vtimezone_is_read_on_the_editions_wall_clock_and_said() {
        String text = ImportedCalendars.calendar(List.of(),
                "UID:a|SUMMARY:A|DTSTART;TZID=Nowhere/Special:20260129T100000|DURATION:PT1H");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.BAMAKO);

        assertThat(slot(ImportedCalendars.edition(result), "a"))
                .isEqualTo(slot("2026-01-29T10:00", "2026-01-29T11:00"));
        assertThat(ImportedCalendars.warnings(result)).contains("line 7 (VEVENT 1, UID a): TZID 'Nowhere/Special' "
                + "is unknown (no IANA time zone, no VTIMEZONE): times read on the edition's wall clock");
    }

    @Test
    void an_event_without_an_end_lasts_a_minute_and_dtend_wins_over_duration() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T100000Z",
                "UID:b|SUMMARY:B|DTSTART:20260129T100000Z|DTEND:20260129T120000Z|DURATION:PT1H");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(slot(edition, "a")).isEqualTo(slot("2026-01-29T10:00", "2026-01-29T10:01"));
        assertThat(slot(edition, "b")).isEqualTo(slot("2026-01-29T10:00", "2026-01-29T12:00"));
        assertThat(ImportedCalendars.warnings(result)).contains("line 5 (VEVENT 1, UID a): zero duration: one minute",
                "line 15 (VEVENT 2, UID b): both DTEND and DURATION: DURATION ignored");
    }

    private static TimeSlot slot(PublicEdition edition, String id) {
        return edition.session(new SessionId(id)).map(Session::slot).orElseThrow();
    }

    private static TimeSlot slot(String start, String end) {
        return new TimeSlot(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }
}
