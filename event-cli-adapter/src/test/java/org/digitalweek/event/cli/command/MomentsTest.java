package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.TimeSlot;

class MomentsTest {

    private static final TimeSlot MORNING = new TimeSlot(LocalDateTime.parse("2026-01-29T09:00"),
            LocalDateTime.parse("2026-01-29T11:00"));
    private static final TimeSlot OVER_A_WEEK = new TimeSlot(LocalDateTime.parse("2026-01-29T12:00"),
            LocalDateTime.parse("2026-02-04T18:00"));

    @Test
    void aSlotWithinADayIsItsTwoTimesInEitherLanguage() {
        assertThat(Moments.times(MORNING, Language.FR)).isEqualTo("09:00–11:00");
        assertThat(Moments.times(MORNING, Language.EN)).isEqualTo("09:00–11:00");
        assertThat(Moments.slot(MORNING, Language.EN)).isEqualTo("2026-01-29 09:00–11:00");
    }

    @Test
    void aSlotOverSeveralDaysNamesTheDayItEndsInTheRunsLanguage() {
        assertThat(Moments.times(OVER_A_WEEK, Language.FR)).isEqualTo("12:00 → mer. 4 févr. 18:00");
        assertThat(Moments.times(OVER_A_WEEK, Language.EN)).isEqualTo("12:00 → Wed 4 Feb 18:00");
        assertThat(Moments.slot(OVER_A_WEEK, Language.FR)).isEqualTo("2026-01-29 12:00 → mer. 4 févr. 18:00");
    }

    @Test
    void aSlotEndingAtMidnightTheNextDayNamesThatDay() {
        TimeSlot evening = new TimeSlot(LocalDateTime.parse("2026-12-31T20:00"), LocalDateTime.parse("2027-01-01T00:30"));

        assertThat(Moments.times(evening, Language.FR)).isEqualTo("20:00 → ven. 1 janv. 00:30");
        assertThat(Moments.times(evening, Language.EN)).isEqualTo("20:00 → Fri 1 Jan 00:30");
    }
}
