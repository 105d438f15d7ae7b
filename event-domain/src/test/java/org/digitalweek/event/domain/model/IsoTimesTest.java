package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading agrees with the ISO formatters, on what they read and on what they refuse. */
class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24", "0000-01-01", "9999-12-31", "2024-02-29", "+10000-01-01", "2026-02-30",
        "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-24", "2026/11/24", "２026-11-24", "", "2026-11-24T09:30"})
    void readsDatesAsTheFormatterDoes(String text) {
        assertSame(text, () -> IsoTimes.localDate(text), () -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T09:30", "2026-11-24T09:30:00", "2026-11-24T23:59:59", "2026-11-24T09:30:00.5",
        "2026-11-24T24:00", "2026-11-24T09:60", "2026-11-24T09:30:60", "2026-11-24 09:30", "2026-11-24T9:30",
        "2026-02-30T09:30", "2026-11-24T09", "2026-11-24T09:30Z", "+10000-11-24T09:30"})
    void readsDateTimesAsTheFormatterDoes(String text) {
        assertSame(text, () -> IsoTimes.localDateTime(text),
                () -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }

    @Test
    void agreesOnRandomTexts() {
        Random random = new Random(8);
        String alphabet = "0123456789-:T";
        for (int run = 0; run < 20_000; run++) {
            char[] text = "2026-11-24T09:30:00".toCharArray();
            text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            String value = new String(text, 0, random.nextBoolean() ? 19 : 16);
            assertSame(value, () -> IsoTimes.localDateTime(value),
                    () -> LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
    }

    private static void assertSame(String text, java.util.function.Supplier<Object> fast,
                                   java.util.function.Supplier<Object> formatter) {
        Object expected;
        try {
            expected = formatter.get();
        } catch (DateTimeException e) {
            assertThatThrownBy(fast::get).as("'%s' is refused", text).isInstanceOf(DateTimeException.class);
            return;
        }
        assertThat(fast.get()).as("'%s'", text).isEqualTo(expected);
    }
}
