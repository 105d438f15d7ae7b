package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.BAMAKO;
import static org.digitalweek.event.domain.model.ModelFixtures.FIRST_DAY;
import static org.digitalweek.event.domain.model.ModelFixtures.at;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.slot;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimeSlotTest {

    @Test
    void rejectsAnEndEqualToTheStart() {
        assertViolation(() -> new TimeSlot(at(0, 9), at(0, 9)), "TimeSlot",
                "end 2026-11-24T09:00 must be after start 2026-11-24T09:00");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertViolation(() -> new TimeSlot(at(0, 10), at(0, 9)), "TimeSlot", "must be after start");
    }

    @Test
    void rejectsNullEnds() {
        assertThatNullPointerException().isThrownBy(() -> new TimeSlot(null, at(0, 9)))
                .withMessageContaining("'start'");
        assertThatNullPointerException().isThrownBy(() -> new TimeSlot(at(0, 9), null))
                .withMessageContaining("'end'");
    }

    @Test
    void durationIsFromStartToEnd() {
        assertThat(slot(0, 9, 11).duration()).isEqualTo(Duration.ofHours(2));
        assertThat(new TimeSlot(at(0, 9), at(4, 18)).duration()).isEqualTo(Duration.ofHours(4 * 24 + 9));
    }

    @Test
    void slotsThatShareTimeOverlap() {
        TimeSlot morning = slot(0, 9, 12);

        assertThat(morning.overlaps(slot(0, 11, 13))).isTrue();
        assertThat(slot(0, 11, 13).overlaps(morning)).isTrue();
        assertThat(morning.overlaps(slot(0, 10, 11))).isTrue();
        assertThat(slot(0, 10, 11).overlaps(morning)).isTrue();
        assertThat(morning.overlaps(slot(0, 9, 12))).isTrue();
    }

    @Test
    void touchingEndsDoNotOverlap() {
        assertThat(slot(0, 9, 11).overlaps(slot(0, 11, 13))).isFalse();
        assertThat(slot(0, 11, 13).overlaps(slot(0, 9, 11))).isFalse();
    }

    @Test
    void separateSlotsDoNotOverlap() {
        assertThat(slot(0, 9, 10).overlaps(slot(0, 14, 15))).isFalse();
        assertThat(slot(0, 9, 10).overlaps(slot(1, 9, 10))).isFalse();
    }

    @Test
    void aSlotOfSeveralDaysOverlapsASlotOnAMiddleDay() {
        TimeSlot exhibition = new TimeSlot(at(0, 9), at(4, 18));

        assertThat(exhibition.overlaps(slot(2, 14, 15))).isTrue();
        assertThat(slot(2, 14, 15).overlaps(exhibition)).isTrue();
        assertThat(exhibition.overlaps(slot(4, 18, 19))).isFalse();
    }

    @Test
    void aSlotTouchesItsOwnDayOnly() {
        TimeSlot panel = slot(1, 11, 13);

        assertThat(panel.touches(FIRST_DAY.plusDays(1))).isTrue();
        assertThat(panel.touches(FIRST_DAY)).isFalse();
        assertThat(panel.touches(FIRST_DAY.plusDays(2))).isFalse();
    }

    @Test
    void aSlotEndingAtMidnightDoesNotTouchTheNextDay() {
        TimeSlot reception = new TimeSlot(at(0, 20), FIRST_DAY.plusDays(1).atStartOfDay());

        assertThat(reception.touches(FIRST_DAY)).isTrue();
        assertThat(reception.touches(FIRST_DAY.plusDays(1))).isFalse();
    }

    @Test
    void aSlotStartingAtMidnightTouchesThatDayOnly() {
        TimeSlot early = new TimeSlot(FIRST_DAY.plusDays(1).atStartOfDay(), at(1, 1));

        assertThat(early.touches(FIRST_DAY.plusDays(1))).isTrue();
        assertThat(early.touches(FIRST_DAY)).isFalse();
    }

    @Test
    void aSlotOfSeveralDaysTouchesEachOfThem() {
        TimeSlot exhibition = new TimeSlot(at(0, 9), at(2, 18));

        assertThat(exhibition.touches(FIRST_DAY)).isTrue();
        assertThat(exhibition.touches(FIRST_DAY.plusDays(1))).isTrue();
        assertThat(exhibition.touches(FIRST_DAY.plusDays(2))).isTrue();
        assertThat(exhibition.touches(FIRST_DAY.plusDays(3))).isFalse();
        assertThat(exhibition.touches(FIRST_DAY.minusDays(1))).isFalse();
    }

    @Test
    void startAndEndInAZone() {
        TimeSlot slot = slot(0, 9, 11);

        assertThat(slot.startIn(BAMAKO).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(slot.startIn(BAMAKO).getZone()).isEqualTo(BAMAKO);
        assertThat(slot.startIn(BAMAKO).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(slot.endIn(BAMAKO).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 0));
        assertThat(slot.endIn(ZoneOffset.ofHours(1)).toInstant())
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void slotsKeepOneCopyOfEqualTimes() {
        TimeSlot first = new TimeSlot(LocalDateTime.of(2026, 11, 24, 9, 0), LocalDateTime.of(2026, 11, 24, 11, 0));
        TimeSlot second = new TimeSlot(LocalDateTime.of(2026, 11, 24, 11, 0), LocalDateTime.of(2026, 11, 24, 12, 30));

        assertThat(second.start()).isSameAs(first.end());
        assertThat(new TimeSlot(at(0, 9), at(0, 11))).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(first.start()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
    }

    @Test
    void sharedTimesStayEqualPastTheBound() {
        LocalDateTime base = LocalDateTime.of(2026, 11, 24, 0, 0, 1);
        for (int i = 0; i <= SharedTimes.MOST_KEPT; i++) {
            LocalDateTime time = base.plusMinutes(i);
            assertThat(SharedTimes.shared(time)).isEqualTo(time);
        }
        LocalDateTime again = base.plusMinutes(SharedTimes.MOST_KEPT);

        assertThat(SharedTimes.shared(LocalDateTime.of(again.toLocalDate(), again.toLocalTime())))
                .isSameAs(SharedTimes.shared(again));
    }
}
