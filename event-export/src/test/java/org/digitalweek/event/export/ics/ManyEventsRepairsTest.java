package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * Issue 16, item 14: a calendar of many events whose every event needs the same repairs gives one
 * line per kind of repair, with its count and first places; before, the repairs made per event
 * (a UID that is no id, a parser warning, a missing title) gave a line each: 200,000 lines for a
 * calendar of 200,000 events.
 */
class ManyEventsRepairsTest {

    private static final int EVENTS = 5_000;

    @Test
    void every_repair_made_on_every_event_is_one_line_with_its_count_and_first_places() {
        String[] events = new String[EVENTS]; // 7 lines each, and a SUMMARY every other
        for (int i = 0; i < EVENTS; i++) {
            events[i] = "UID:talk-" + i + "@example.org|DTSTART:20260129T" + String.format("%02d", 8 + i % 10)
                    + "0000Z|DURATION:PT30M|CREATED:yesterday|ATTENDEE:mailto:" + (i % 2 == 0 ? "|SUMMARY:Talk " + i
                    : "");
        }
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"), events) + "X-AFTER:end\r\n";

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        List<String> warnings = ImportedCalendars.warnings(result);

        assertThat(warnings).hasSizeLessThan(15).contains(
                "line 5 (VEVENT 1, UID talk-0@example.org): guid is not an id, derived from id (5000 times; also at "
                        + "line 13 (VEVENT 2, UID talk-1@example.org), line 20 (VEVENT 3, UID talk-2@example.org), …)",
                "line 9 (VEVENT 1, UID talk-0@example.org): the iCalendar parser says: CREATED: Could not parse "
                        + "date-time value. (5000 times; also at line 17 (VEVENT 2, UID talk-1@example.org), line 24 "
                        + "(VEVENT 3, UID talk-2@example.org), …)",
                "line 10 (VEVENT 1, UID talk-0@example.org): ATTENDEE without a name ignored (5000 times; also at "
                        + "line 18 (VEVENT 2, UID talk-1@example.org), line 25 (VEVENT 3, UID talk-2@example.org), …)",
                "line 13 (VEVENT 2, UID talk-1@example.org): no title: the event's id (else its place) is the title "
                        + "(2500 times; also at line 28 (VEVENT 4, UID talk-3@example.org), line 43 (VEVENT 6, UID "
                        + "talk-5@example.org), …)",
                "line 37506 (X-AFTER): line outside any VCALENDAR ignored");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.messageFr()).isNotBlank());
    }

    @Test
    void a_new_property_name_on_every_event_lists_the_hundred_kinds_made_most_and_counts_the_rest() {
        String[] events = new String[2_000];
        for (int i = 0; i < events.length; i++) {
            events[i] = "UID:t" + i + "|SUMMARY:T|DTSTART:20260129T090000Z|DURATION:PT30M|X-NAME-" + i + ":x";
        }
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"), events);

        List<ImportWarning> warnings = ImportedCalendars.read(text, ImportedCalendars.CONTEXT).warnings();

        assertThat(warnings).hasSize(ImportWarning.LISTED + 1);
        // 1906: one repair says the host city and country are not given, where two guessed them
        assertThat(warnings.get(ImportWarning.LISTED).messageEn()).endsWith("more repairs (1906 kinds), not listed");
    }
}
