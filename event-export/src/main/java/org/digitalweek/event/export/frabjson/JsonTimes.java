package org.digitalweek.event.export.frabjson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * The dates and times of the JSON schedules, read leniently: ISO 8601 with an offset
 * ({@code 2019-08-21T11:00:00+02:00}, {@code …Z}), without one ({@code 2019-08-21T11:00:00}), with
 * or without seconds, and with a space for the {@code T}; in the years 0001 to 9999 only, as
 * {@link ScheduleTimes#fourDigitYear} says.
 */
final class JsonTimes {

    private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

    private JsonTimes() {
    }

    /** A date and time as written: with its offset, or on the wall clock only. */
    record When(OffsetDateTime withOffset, LocalDateTime local) {

        /** @return the wall-clock time as written */
        LocalDateTime wallClock() {
            return withOffset != null ? withOffset.toLocalDateTime() : local;
        }
    }

    /**
     * @param text a date and time
     * @return it, if it is one
     */
    static Optional<When> dateTime(String text) {
        return anyYear(text).filter(w -> ScheduleTimes.fourDigitYear(w.wallClock().toLocalDate()));
    }

    private static Optional<When> anyYear(String text) {
        String t = SPACE_FOR_T.matcher(text.strip()).replaceFirst("$1T$2");
        try {
            return Optional.of(new When(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME), null));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(new When(null, LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
            } catch (DateTimeParseException notOne) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param text a date, or a date and time whose date is taken
     * @return the date, if the text is one
     */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE))
                    .filter(ScheduleTimes::fourDigitYear);
        } catch (DateTimeParseException notADate) {
            return dateTime(text).map(w -> w.wallClock().toLocalDate());
        }
    }

    /**
     * @param start a start
     * @param end   an end
     * @return the time between them: between instants when both have an offset, else on the wall clock
     */
    static Duration between(When start, When end) {
        return start.withOffset() != null && end.withOffset() != null
                ? Duration.between(start.withOffset(), end.withOffset())
                : Duration.between(start.wallClock(), end.wallClock());
    }
}
