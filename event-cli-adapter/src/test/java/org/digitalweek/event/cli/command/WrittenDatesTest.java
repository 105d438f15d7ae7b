package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.text.Language;

/** Dates and times as organisers write them: ISO, or the day first as French speakers do. */
class WrittenDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 29);
    private static final LocalDateTime NINE = DAY.atTime(9, 0);

    @Test
    void theIsoFormIsReadInBothLanguages() {
        for (Language language : Language.values()) {
            assertThat(WrittenDates.date("2026-01-29", language)).contains(DAY);
            assertThat(WrittenDates.dateTime("2026-01-29T09:00", language)).contains(NINE);
            assertThat(WrittenDates.dateTime("2026-01-29 09:00", language)).contains(NINE);
            assertThat(WrittenDates.dateTime(" 2026-01-29T09:00:30 ", language)).contains(NINE.withSecond(30));
        }
    }

    @Test
    void theDayFirstIsReadAsFrenchSpeakersWriteIt() {
        assertThat(WrittenDates.date("29/01/2026", Language.FR)).contains(DAY);
        assertThat(WrittenDates.date("29.01.2026", Language.FR)).contains(DAY);
        assertThat(WrittenDates.date("29-1-2026", Language.FR)).contains(DAY);
        assertThat(WrittenDates.dateTime("29/01/2026 09:00", Language.FR)).contains(NINE);
        assertThat(WrittenDates.dateTime("29/01/2026 9h", Language.FR)).contains(NINE);
        assertThat(WrittenDates.dateTime("29/01/2026 9h30", Language.FR)).contains(NINE.withMinute(30));
        assertThat(WrittenDates.dateTime("2026-01-29 9h30", Language.FR)).contains(NINE.withMinute(30));
        assertThat(WrittenDates.date("29/01/2026", Language.EN)).contains(DAY);
    }

    @Test
    void inFrenchTheDayAlwaysComesFirst() {
        assertThat(WrittenDates.date("02/03/2026", Language.FR)).contains(LocalDate.of(2026, 3, 2));
        assertThat(WrittenDates.date("01/29/2026", Language.FR)).isEmpty();
        assertThat(WrittenDates.ambiguity("02/03/2026", Language.FR)).isEmpty();
    }

    @Test
    void inEnglishADateOfTwoReadingsIsRefusedAndOneOfOneReadingIsRead() {
        assertThat(WrittenDates.date("02/03/2026", Language.EN)).isEmpty();
        assertThat(WrittenDates.dateTime("02/03/2026 09:00", Language.EN)).isEmpty();
        assertThat(WrittenDates.ambiguity("02/03/2026 09:00", Language.EN))
                .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 3));
        assertThat(WrittenDates.date("01/29/2026", Language.EN)).contains(DAY);
        assertThat(WrittenDates.date("03/03/2026", Language.EN)).contains(LocalDate.of(2026, 3, 3));
        assertThat(WrittenDates.ambiguity("29/01/2026", Language.EN)).isEmpty();
    }

    @Test
    void whatIsNoDateIsNotRead() {
        for (String text : new String[] {"demain", "2026-13-31", "31/02/2026", "29/01/26", "2026/01/29", ""}) {
            assertThat(WrittenDates.date(text, Language.FR)).as(text).isEmpty();
        }
        for (String text : new String[] {"2026-01-29", "2026-13-31T09:00", "29/01/2026 25:00", "29/01/2026 9:60",
            "29/01/2026 9", "29/01/2026 9h5"}) {
            assertThat(WrittenDates.dateTime(text, Language.FR)).as(text).isEmpty();
        }
    }
}
