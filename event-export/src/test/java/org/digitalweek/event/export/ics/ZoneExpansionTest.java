package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * Issue 16, item 2: a {@code VTIMEZONE} is expanded only for the times the events use, within a
 * budget, and only when the JDK does not know its {@code TZID}. Before, biweekly walked every
 * observance's rule from its {@code DTSTART} to today as it read the calendar: a 522-byte file with
 * {@code RRULE:FREQ=SECONDLY} from the year 0001 ran out of memory after about 120 s.
 */
class ZoneExpansionTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    /** A zone whose two observances start in the year 0001 and follow {@code rule}, offsets +01:00 and +02:00. */
    private static List<String> zone(String tzid, String rule) {
        return List.of("BEGIN:VTIMEZONE", "TZID:" + tzid,
                "BEGIN:STANDARD", "DTSTART:00010101T000000", "RRULE:" + rule, "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:00010101T000001", "RRULE:" + rule, "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE");
    }

    private static String event(String uid, String tzid, String start) {
        return "UID:" + uid + "|SUMMARY:" + uid + "|DTSTART;TZID=" + tzid + ":" + start + "|DURATION:PT1H";
    }

    @Test
    void the_522_byte_secondly_bomb_is_refused_at_once_naming_the_observance_and_the_rule() {
        List<String> bomb = new ArrayList<>(zone("Bomb/Zone", "FREQ=SECONDLY"));
        bomb.add(0, "X-WR-TIMEZONE:Africa/Bamako");
        String text = ImportedCalendars.calendar(bomb, event("a", "Bomb/Zone", "20260129T090000"));

        UnreadableDocumentException e = assertTimeoutPreemptively(QUICK,
                () -> ImportedCalendars.failure(text, ImportedCalendars.CONTEXT));

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("line 7 (STANDARD)");
            assertThat(p.ruleEn()).startsWith("VTIMEZONE 'Bomb/Zone' has a rule no time zone has (STANDARD from "
                    + "0001-01-01T00:00:00, RRULE FREQ=SECONDLY): the offset changes of a time zone follow yearly "
                    + "rules").contains("IANA time zone in TZID");
        });
    }

    @Test
    void a_vtimezone_under_a_name_the_jdk_knows_is_never_expanded_the_jdk_rules_win() {
        String text = ImportedCalendars.calendar(zone("Europe/Paris", "FREQ=SECONDLY"),
                event("summer", "Europe/Paris", "20260701T100000"), event("winter", "Europe/Paris", "20260105T100000"));

        ImportResult result = assertTimeoutPreemptively(QUICK,
                () -> ImportedCalendars.read(text, ImportedCalendars.CONTEXT));
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(slot(edition, "summer").start()).isEqualTo(LocalDateTime.parse("2026-07-01T10:00"));
        assertThat(slot(edition, "winter").start()).isEqualTo(LocalDateTime.parse("2026-01-05T10:00"));
    }

    @Test
    void a_custom_zone_with_yearly_rules_from_the_year_0001_is_read_up_to_the_events_times() {
        String rules = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU";
        List<String> zone = List.of("BEGIN:VTIMEZONE", "TZID:Heure de Paris",
                "BEGIN:STANDARD", "DTSTART:00011028T030000", "RRULE:" + rules, "TZOFFSETFROM:+0200",
                "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:00010325T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
                "X-WR-TIMEZONE:Africa/Bamako");
        String text = ImportedCalendars.calendar(zone, event("summer", "Heure de Paris", "20260701T100000"),
                event("winter", "Heure de Paris", "20260105T100000"));

        PublicEdition edition = ImportedCalendars.edition(assertTimeoutPreemptively(QUICK,
                () -> ImportedCalendars.read(text, ImportedCalendars.CONTEXT)));

        assertThat(slot(edition, "summer").start()).isEqualTo(LocalDateTime.parse("2026-07-01T08:00"));
        assertThat(slot(edition, "winter").start()).isEqualTo(LocalDateTime.parse("2026-01-05T09:00"));
    }

    @Test
    void zones_that_together_need_more_onsets_than_the_budget_are_refused_with_the_budget_named() {
        List<String> zones = new ArrayList<>(List.of("X-WR-TIMEZONE:Africa/Bamako"));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            zones.addAll(zone("Zone " + i, "FREQ=YEARLY"));
            events.add(event("e" + i, "Zone " + i, "99991230T100000"));
        }
        String text = ImportedCalendars.calendar(zones, events.toArray(String[]::new));

        UnreadableDocumentException e = assertTimeoutPreemptively(QUICK,
                () -> ImportedCalendars.failure(text, ImportedCalendars.CONTEXT));

        assertThat(e.problems()).first().satisfies(p -> assertThat(p.ruleEn()).contains("needs more offset changes "
                + "than a document may expand (100000 in all) to reach 9999-12-30T10:00"));
    }

    @Test
    void a_zone_without_usable_observance_is_a_problem_at_the_zone() {
        List<String> zone = List.of("X-WR-TIMEZONE:Africa/Bamako", "BEGIN:VTIMEZONE", "TZID:Nulle part",
                "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0100", "END:STANDARD", "END:VTIMEZONE");
        String text = ImportedCalendars.calendar(zone, event("a", "Nulle part", "20260129T090000"));

        UnreadableDocumentException e = ImportedCalendars.failure(text, ImportedCalendars.CONTEXT);

        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("line 5 (VTIMEZONE)");
            assertThat(p.ruleEn()).startsWith("VTIMEZONE 'Nulle part' has no usable observance");
        });
    }

    @Test
    void a_zone_of_ten_thousand_observances_used_by_ten_thousand_events_is_read_in_seconds() {
        List<String> zone = new ArrayList<>(List.of("X-WR-TIMEZONE:Africa/Bamako", "BEGIN:VTIMEZONE", "TZID:Longue"));
        for (int i = 0; i < 10_000; i++) { // an onset a day from 2000 on, the offset alternating
            zone.addAll(List.of("BEGIN:STANDARD", "DTSTART:" + LocalDateTime.of(2000, 1, 1, 0, 0).plusDays(i)
                    .toString().replace("-", "").replace(":", "") + "00", "TZOFFSETFROM:+0000",
                    "TZOFFSETTO:+0" + (i % 2) + "00", "END:STANDARD"));
        }
        zone.add("END:VTIMEZONE");
        String[] events = new String[10_000];
        for (int i = 0; i < events.length; i++) {
            events[i] = event("e" + i, "Longue", "2026010" + (1 + i % 9) + "T0" + (i % 10) + "0000");
        }
        String text = ImportedCalendars.calendar(zone, events);

        long start = System.nanoTime();
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> ImportedCalendars.read(text, ImportedCalendars.CONTEXT));

        System.out.printf("zone of 10,000 observances, 10,000 events: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(result.edition().sessions()).hasSize(10_000);
    }

    /** Rules that make biweekly's iterator work hard, or never end, under a name the JDK does not know. */
    @ParameterizedTest
    @ValueSource(strings = {"FREQ=SECONDLY", "FREQ=MINUTELY;BYSETPOS=-1;BYSECOND=1,2,3", "FREQ=DAILY;COUNT=2000000000",
        "FREQ=SECONDLY;INTERVAL=2147483647", "FREQ=DAILY;INTERVAL=2147483647", "FREQ=YEARLY;INTERVAL=2147483647",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", "FREQ=YEARLY;BYSETPOS=400;BYYEARDAY=1,2",
        "FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,30;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=YEARLY;UNTIL=99991231T235959", "FREQ=YEARLY;COUNT=0"})
    void every_hostile_rule_is_read_or_refused_within_seconds_never_with_an_untyped_error(String rule) {
        List<String> zones = new ArrayList<>(List.of("X-WR-TIMEZONE:Africa/Bamako"));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            zones.addAll(zone("Zone " + i, rule));
            events.add(event("e" + i, "Zone " + i, i % 2 == 0 ? "99991230T100000" : "20260129T090000"));
        }
        String text = ImportedCalendars.calendar(zones, events.toArray(String[]::new));

        assertTimeoutPreemptively(QUICK, () -> assertThatCode(() -> ImportedCalendars.read(text,
                ImportedCalendars.CONTEXT)).satisfiesAnyOf(e -> assertThat(e).isNull(),
                e -> assertThat(e).isInstanceOf(UnreadableDocumentException.class)));
    }

    private static TimeSlot slot(PublicEdition edition, String id) {
        return edition.session(new SessionId(id)).orElseThrow().slot();
    }
}
