package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Durations written as clock groups ({@code 1:30}, {@code 00:25:00}) are read without a regular
 * expression: for any text of digits, colons and a few other characters, the reading is the one the
 * pattern {@code \d{1,3}(?::\d{1,2}){1,3}} and {@link Long#parseLong} give.
 */
class ClockDurationsPropertyTest {

    private static final Pattern CLOCK = Pattern.compile("\\d{1,3}(?::\\d{1,2}){1,3}");

    @Property(tries = 5000)
    void clockTextsReadAsThePatternReadsThem(@ForAll("clockish") String text) {
        assertThat(ScheduleTimes.duration(text)).isEqualTo(byPattern(text));
    }

    @Provide
    Arbitrary<String> clockish() {
        return Arbitraries.strings().withChars("0123456789::: ٣x").ofMinLength(0).ofMaxLength(14);
    }

    /** The reading as it was with the pattern, for texts of these characters. */
    private static Optional<Duration> byPattern(String text) {
        String t = text.strip();
        if (!CLOCK.matcher(t).matches()) {
            return Optional.empty(); // nor ISO 8601: these texts have no P
        }
        String[] parts = t.split(":");
        long[] units = {0, 0, 0, 0};
        int first = parts.length == 4 ? 0 : 1;
        for (int i = 0; i < parts.length; i++) {
            units[first + i] = Long.parseLong(parts[i]);
        }
        if (units[2] > 59 || units[3] > 59 || parts.length == 4 && units[1] > 23) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofDays(units[0]).plusHours(units[1]).plusMinutes(units[2]).plusSeconds(units[3]));
    }
}
