package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTimesTest {

    @ParameterizedTest
    @CsvSource({"0:30, PT30M", "00:30, PT30M", "1:05, PT1H5M", "01:00:00, PT1H", "00:25:30, PT25M30S",
        "1:02:00:00, PT26H", "PT1H30M, PT1H30M", "' 00:45 ', PT45M", "24:00, PT24H"})
    void durationsAreReadInEveryWaySchedulesWriteThem(String text, Duration expected) {
        assertThat(ScheduleTimes.duration(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "1h", "0:60", "00:30:75", "-PT1H", "1:24:00:00", ":30", "1:2:3:4:5"})
    void whatIsNotADurationIsNone(String text) {
        assertThat(ScheduleTimes.duration(text)).isEmpty();
    }

    @Test
    void aTimeOfDayIsBeforeMidnight() {
        assertThat(ScheduleTimes.timeOfDay("9:05")).contains(LocalTime.of(9, 5));
        assertThat(ScheduleTimes.timeOfDay("23:59:59")).contains(LocalTime.of(23, 59, 59));
        assertThat(ScheduleTimes.timeOfDay("24:00")).isEmpty();
    }

    @Test
    void anItemBeforeTheDayChangeBelongsToTheNextDate() {
        LocalDate day = LocalDate.of(2014, 12, 27);
        LocalTime change = LocalTime.of(4, 0);

        assertThat(ScheduleTimes.underDay(day, LocalTime.of(1, 30), change))
                .isEqualTo(LocalDateTime.of(2014, 12, 28, 1, 30));
        assertThat(ScheduleTimes.underDay(day, LocalTime.of(4, 0), change))
                .isEqualTo(LocalDateTime.of(2014, 12, 27, 4, 0));
        assertThat(ScheduleTimes.underDay(day, LocalTime.of(1, 30), LocalTime.MIDNIGHT))
                .isEqualTo(LocalDateTime.of(2014, 12, 27, 1, 30));
    }
}
