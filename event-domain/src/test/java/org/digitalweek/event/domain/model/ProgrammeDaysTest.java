package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.EditionDrafts;

/** Issue 16, item 3: the days a programme is shown on, bounded by the edition's dates, whatever a session lasts. */
class ProgrammeDaysTest {

    private static final LocalDate FIRST = EditionDrafts.FIRST_DAY;

    private final PublicEdition week = Drafts.toEdition(EditionDrafts.week());

    @Test
    void the_editions_days_each_hold_the_sessions_on_them_in_programme_order() {
        ProgrammeDays days = ProgrammeDays.of(week);
        Session expo = week.session(new SessionId("expo")).orElseThrow();

        assertThat(days.byDay().keySet()).containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2),
                FIRST.plusDays(3), FIRST.plusDays(4));
        assertThat(days.of(expo)).containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
        assertThat(days.byDay().get(FIRST)).extracting(s -> s.id().value()).containsExactly("opening", "expo");
        assertThat(ProgrammeDays.continues(expo, FIRST)).isFalse();
        assertThat(ProgrammeDays.continues(expo, FIRST.plusDays(1))).isTrue();
    }

    @Test
    void a_session_from_0001_to_9999_is_shown_on_its_first_day_and_on_a_month_of_the_editions_days() {
        Session forever = moved("expo", LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 0, 0));
        ProgrammeDays days = ProgrammeDays.of(week.withSession(forever));

        assertThat(days.of(forever)).first().isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(days.of(forever)).hasSize(1 + 5).last().isEqualTo(FIRST.plusDays(4));
        assertThat(days.byDay()).hasSize(1 + 5);

        PublicEdition year = week.toBuilder().dates(new DateRange(FIRST, LocalDate.of(9999, 12, 30)))
                .sessions(List.of(forever)).build();
        ProgrammeDays capped = ProgrammeDays.of(year);
        assertThat(capped.byDay()).as("an edition longer than a year, built by hand, is shown on a year")
                .hasSize(1 + DateRange.MAX_DAYS);
        assertThat(capped.of(forever)).hasSize(1 + ProgrammeDays.CONTINUED_DAYS);
    }

    @Test
    void a_short_session_far_outside_the_edition_adds_its_own_day_and_no_day_between() {
        Session far = moved("panel-1", LocalDateTime.of(9999, 12, 31, 9, 0), LocalDateTime.of(9999, 12, 31, 10, 0));
        ProgrammeDays days = ProgrammeDays.of(week.withSession(far));

        assertThat(days.byDay()).hasSize(5 + 1).containsKey(LocalDate.of(9999, 12, 31));
        assertThat(days.byDay().get(LocalDate.of(9999, 12, 31))).containsExactly(far);
    }

    @Test
    void a_session_ending_at_midnight_is_not_shown_on_the_next_day() {
        Session night = moved("panel-1", FIRST.atTime(20, 0), FIRST.plusDays(1).atStartOfDay());

        assertThat(ProgrammeDays.of(week.withSession(night)).of(night)).containsExactly(FIRST);
    }

    @Test
    void a_long_title_is_cut_for_the_later_days_at_a_hundred_characters_never_inside_a_character() {
        String emoji = "🇲🇱".repeat(60);

        assertThat(ProgrammeDays.continuedTitle("Exposition")).isEqualTo("Exposition");
        assertThat(ProgrammeDays.continuedTitle(emoji).codePoints().count()).isEqualTo(ProgrammeDays.CONTINUED_TITLE);
        assertThat(ProgrammeDays.continuedTitle(emoji)).endsWith("…").startsWith("🇲🇱");
        assertThat(ProgrammeDays.continuedTitle(emoji.substring(0, 200))).isEqualTo(emoji.substring(0, 200));
    }

    private Session moved(String id, LocalDateTime start, LocalDateTime end) {
        Session session = week.session(new SessionId(id)).orElseThrow();
        return session.movedTo(new TimeSlot(start, end), session.room());
    }
}
