package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.FIRST_DAY;
import static org.digitalweek.event.domain.model.ModelFixtures.LAST_DAY;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final DateRange WEEK = new DateRange(FIRST_DAY, LAST_DAY);

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertViolation(() -> new DateRange(LAST_DAY, FIRST_DAY), "DateRange",
                "end 2026-11-24 is before start 2026-11-28");
    }

    @Test
    void mayLastOneDay() {
        DateRange oneDay = new DateRange(FIRST_DAY, FIRST_DAY);

        assertThat(oneDay.days()).containsExactly(FIRST_DAY);
        assertThat(oneDay.contains(FIRST_DAY)).isTrue();
    }

    @Test
    void daysIncludeBothEnds() {
        assertThat(WEEK.days()).containsExactly(
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28));
    }

    @Test
    void daysCrossAMonthEnd() {
        DateRange range = new DateRange(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 2));

        assertThat(range.days()).hasSize(4).endsWith(LocalDate.of(2026, 12, 2));
    }

    @Test
    void daysAreUnmodifiable() {
        List<LocalDate> days = WEEK.days();

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> days.add(FIRST_DAY));
    }

    @Test
    void containsBothEndsAndWhatIsBetween() {
        assertThat(WEEK.contains(FIRST_DAY)).isTrue();
        assertThat(WEEK.contains(LocalDate.of(2026, 11, 26))).isTrue();
        assertThat(WEEK.contains(LAST_DAY)).isTrue();
    }

    @Test
    void doesNotContainTheDaysAround() {
        assertThat(WEEK.contains(FIRST_DAY.minusDays(1))).isFalse();
        assertThat(WEEK.contains(LAST_DAY.plusDays(1))).isFalse();
    }

    @Test
    void rejectsNullEnds() {
        assertThatNullPointerException().isThrownBy(() -> new DateRange(null, LAST_DAY))
                .withMessageContaining("'start'");
        assertThatNullPointerException().isThrownBy(() -> new DateRange(FIRST_DAY, null))
                .withMessageContaining("'end'");
    }
}
