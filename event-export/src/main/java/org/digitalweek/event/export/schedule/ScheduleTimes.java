package org.digitalweek.event.export.schedule;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.digitalweek.event.domain.validation.FourDigitYear;

/** The ways schedules write durations and times of day, read leniently. */
public final class ScheduleTimes {


    /** The last second of the year 9999: no format of the library writes a later time. */
    private static final long LAST_SECOND = LocalDateTime.of(FourDigitYear.LAST, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private ScheduleTimes() {
    }

    /**
     * @param date a date as read
     * @return whether its year has four digits, 0001 to 9999: those the library's formats write, and
     *         in which adding a day or a duration cannot overflow {@code java.time}
     */
    public static boolean fourDigitYear(LocalDate date) {
        return date.getYear() >= FourDigitYear.FIRST && date.getYear() <= FourDigitYear.LAST;
    }

    /**
     * @param time when an entry takes place, its start in the four-digit years
     * @return whether it also ends by the end of the year 9999; computed in seconds, so that a length
     *         of billions of hours cannot overflow
     */
    public static boolean endsByYear9999(EntryTime time) {
        long start = time.local() != null ? time.local().toEpochSecond(ZoneOffset.UTC)
                : time.instant().getEpochSecond();
        return start <= LAST_SECOND && time.length().getSeconds() <= LAST_SECOND - start;
    }

    /**
     * @param text a duration: {@code H:MM} or {@code HH:MM} (hours and minutes), {@code HH:MM:SS},
     *             {@code D:HH:MM:SS}, or ISO 8601 such as {@code PT1H30M}
     * @return the duration, if the text is one (negative ones are not)
     */
    public static Optional<Duration> duration(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int[] parts = clock(t);
        if (parts != null) {
            long[] units = {0, 0, 0, 0}; // days, hours, minutes, seconds
            int first = parts.length == 4 ? 0 : 1; // H:MM and HH:MM:SS start at hours
            for (int i = 0; i < parts.length; i++) {
                units[first + i] = parts[i];
            }
            if (units[2] > 59 || units[3] > 59 || parts.length == 4 && units[1] > 23) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofDays(units[0]).plusHours(units[1]).plusMinutes(units[2])
                    .plusSeconds(units[3]));
        }
        try {
            Duration d = Duration.parse(t);
            return d.isNegative() ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a text, stripped
     * @return its numbers when it is two to four groups of ASCII digits separated by colons, the first
     *         of one to three digits, the others of one or two ({@code 9:30}, {@code 1:00:00:00}); else null
     */
    private static int[] clock(String text) {
        int[] groups = new int[4];
        int count = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ':'; // the end closes the last group
            if (c >= '0' && c <= '9') {
                if (count == 4 || ++digits > (count == 0 ? 3 : 2)) {
                    return null;
                }
                groups[count] = groups[count] * 10 + c - '0';
            } else if (c != ':' || digits == 0 || count == 4) {
                return null;
            } else {
                count++;
                digits = 0;
            }
        }
        return count < 2 ? null : Arrays.copyOf(groups, count);
    }

    /**
     * @param text a time of day: {@code 9:00}, {@code 09:00} or {@code 09:00:00}
     * @return the time, if the text is one
     */
    public static Optional<LocalTime> timeOfDay(String text) {
        Optional<Duration> sinceMidnight = duration(text);
        return sinceMidnight.filter(d -> d.compareTo(Duration.ofDays(1)) < 0)
                .map(d -> LocalTime.MIDNIGHT.plus(d));
    }

    /**
     * The wall-clock start of an item listed under a day: a schedule's day runs from its day change
     * (e.g. 04:00) to the next day's, so an item at 01:00 under 27 December starts on the 28th.
     *
     * @param day       the date of the day it is listed under
     * @param start     its time of day
     * @param dayChange when a day of the schedule begins; midnight when the schedule says nothing
     * @return its start
     */
    public static LocalDateTime underDay(LocalDate day, LocalTime start, LocalTime dayChange) {
        LocalDate date = start.isBefore(dayChange) ? day.plusDays(1) : day;
        return date.atTime(start);
    }
}
