package org.digitalweek.event.domain.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads ISO 8601 local dates and date-times as {@link DateTimeFormatter#ISO_LOCAL_DATE} and {@link
 * DateTimeFormatter#ISO_LOCAL_DATE_TIME} do, and with the same refusals, but the usual shapes
 * ({@code 2026-11-24}, {@code 2026-11-24T09:30} and {@code 2026-11-24T09:30:00}) without a
 * formatter, which costs several times more. Stored and exchanged editions hold two or three of
 * them a session, so the adapters that read them use these.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    /**
     * @param text an ISO 8601 local date
     * @return the date
     * @throws java.time.DateTimeException when it is not one, e.g. {@code 2026-02-30}
     */
    public static LocalDate localDate(String text) {
        LocalDate usual = usualDate(text);
        return usual != null ? usual : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * @param text an ISO 8601 local date and time
     * @return the date and time
     * @throws java.time.DateTimeException when it is not one, e.g. {@code 2026-11-24T24:00}
     */
    public static LocalDateTime localDateTime(String text) {
        boolean withSeconds = text.length() == 19 && text.charAt(16) == ':';
        if ((withSeconds || text.length() == 16) && text.charAt(10) == 'T' && text.charAt(13) == ':') {
            LocalDate date = usualDate(text.substring(0, 10));
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = withSeconds ? digits(text, 17, 2) : 0;
            if (date != null && hour >= 0 && minute >= 0 && second >= 0) {
                return LocalDateTime.of(date, LocalTime.of(hour, minute, second));
            }
        }
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** @return the date of a {@code yyyy-MM-dd} text, or null when the text has another shape */
    private static LocalDate usualDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /** @return the number written with {@code count} ASCII digits from {@code start}, or -1 */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
