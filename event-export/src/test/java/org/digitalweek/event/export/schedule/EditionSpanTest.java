package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * Issue 16, item 3: the schedule importers (frab-xml, frab-json, schedule2, ics) give an edition of
 * at most 366 days: an event longer than that is refused at its place, with its days and the rule,
 * and a short event far from the conference's days is kept there, reported, and not widened to. Before, the dates were widened to every event: one all-day event from 0001 to
 * 9999 made an edition of 3,652,059 days.
 */
class EditionSpanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 29);
    private static final Conference WEEK = conference(DAY, DAY.plusDays(6));
    private static final Conference UNDATED = conference(null, null);

    private static Conference conference(LocalDate start, LocalDate end) {
        return new Conference("snm", "Semaine du numérique", null, start, end, "Africa/Bamako", "Bamako", null,
                "fr", DocumentPlace.same("conference"));
    }

    private static ScheduleEntry entry(String id, LocalDateTime start, Duration length) {
        return new ScheduleEntry(DocumentPlace.event(id), id, null, "Session " + id, null, null, null, null, "lecture", null,
                null, EntryTime.local(start, length), List.of(), false);
    }

    private static ScheduleBuilder builder(Conference conference, ScheduleEntry... entries) {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("programme.xml"));
        builder.conference(conference);
        List.of(entries).forEach(builder::add);
        return builder;
    }

    @Test
    void one_event_from_0001_to_9999_is_refused_at_its_place_with_its_days_and_the_rule() {
        ScheduleBuilder builder = builder(UNDATED, entry("forever", LocalDateTime.of(1, 1, 1, 0, 0),
                Duration.between(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 0, 0))));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, builder::build);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("event forever");
            assertThat(p.ruleEn()).isEqualTo("the event lasts 3652058 days, from 0001-01-01 to 9999-12-30: an edition "
                    + "lasts at most 366 days, and a session no longer than its edition");
        });
    }

    @Test
    void a_short_event_years_away_from_the_conference_is_kept_there_and_reported_without_widening_the_dates() {
        ImportResult read = builder(WEEK, entry("a", DAY.atTime(9, 0), Duration.ofHours(1)),
                entry("typo", LocalDateTime.of(2062, 1, 29, 9, 0), Duration.ofHours(1))).build();

        assertThat(read.edition().startDate()).isEqualTo(DAY);
        assertThat(read.edition().endDate()).isEqualTo(DAY.plusDays(6));
        assertThat(read.edition().sessions()).extracting(s -> s.slot().start().getYear()).containsExactly(2026, 2062);
        assertThat(read.warnings()).filteredOn(w -> w.messageEn().startsWith("the event is far outside"))
                .singleElement().satisfies(w -> {
                    assertThat(w.place().english()).isEqualTo("event typo");
                    assertThat(w.messageEn()).isEqualTo("the event is far outside the conference's days (2026-01-29 "
                            + "to 2026-02-04): it is kept at its date, outside the edition's dates, which are not "
                            + "widened to it (an edition lasts at most 366 days)");
                });
        assertThat(Validators.inputValidator().violations(read.edition())).isEmpty();
    }

    @Test
    void without_conference_dates_events_spanning_more_than_a_year_are_refused_naming_the_first_and_the_last() {
        ScheduleBuilder builder = builder(UNDATED, entry("a", DAY.atTime(9, 0), Duration.ofHours(1)),
                entry("b", LocalDateTime.of(2062, 1, 29, 9, 0), Duration.ofHours(1)));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, builder::build);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("event b");
            assertThat(p.ruleEn()).startsWith("the events run 13150 days, from 2026-01-29 (event a) to 2062-01-29 "
                    + "(this event): an edition lasts at most 366 days");
        });
    }

    @Test
    void conference_dates_over_a_year_are_refused_at_the_conference() {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> builder(conference(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).build());

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("conference");
            assertThat(p.ruleEn()).isEqualTo("the conference runs 3652059 days, from 0001-01-01 to 9999-12-31: an "
                    + "edition lasts at most 366 days");
        });
    }

    @Test
    void events_on_both_sides_that_together_stretch_the_edition_past_a_year_are_refused_at_the_conference() {
        ScheduleBuilder builder = builder(WEEK, entry("before", DAY.minusDays(200).atTime(9, 0), Duration.ofHours(1)),
                entry("after", DAY.plusDays(200).atTime(9, 0), Duration.ofHours(1)));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, builder::build);

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.ruleEn()).startsWith(
                "events before and after the conference dates (2026-01-29 to 2026-02-04) would make the edition "
                        + "last 401 days"));
    }

    @Test
    void an_event_a_little_outside_still_widens_the_dates_and_says_so_up_to_a_year() {
        ImportResult result = builder(WEEK, entry("a", DAY.atTime(9, 0), Duration.ofHours(1)),
                entry("late", DAY.plusDays(DateRange.MAX_DAYS - 1L).atTime(9, 0), Duration.ofHours(1))).build();

        assertThat(Validators.inputValidator().violations(result.edition())).isEmpty();
        assertThat(result.edition().endDate()).isEqualTo(DAY.plusDays(365));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.messageEn())
                .isEqualTo("events run outside the conference dates: 2026-01-29 to 2027-01-29"));
    }
}
