package org.digitalweek.event.export.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as {@link DateTimeFormatter#ISO_LOCAL_DATE} and {@link
 * DateTimeFormatter#ISO_LOCAL_DATE_TIME} write them, without the formatter for the usual ones (years
 * 0 to 9999, whole seconds), for which it is a tenth of an export.
 */
final class IsoText {

    private static final int LAST_PLAIN_YEAR = 9999;

    private IsoText() {
    }

    /**
     * @param date a date
     * @return {@code 2026-11-24}
     */
    static String date(LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > LAST_PLAIN_YEAR) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        char[] text = new char[10];
        writeDate(text, date);
        return new String(text);
    }

    /**
     * @param time a date and time
     * @return {@code 2026-11-24T09:30:00}, with the fraction of a second when there is one
     */
    static String dateTime(LocalDateTime time) {
        if (time.getYear() < 0 || time.getYear() > LAST_PLAIN_YEAR || time.getNano() != 0) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
        }
        char[] text = new char[19];
        writeDate(text, time.toLocalDate());
        text[10] = 'T';
        twoDigits(text, 11, time.getHour());
        text[13] = ':';
        twoDigits(text, 14, time.getMinute());
        text[16] = ':';
        twoDigits(text, 17, time.getSecond());
        return new String(text);
    }

    private static void writeDate(char[] text, LocalDate date) {
        int year = date.getYear();
        twoDigits(text, 0, year / 100);
        twoDigits(text, 2, year % 100);
        text[4] = '-';
        twoDigits(text, 5, date.getMonthValue());
        text[7] = '-';
        twoDigits(text, 8, date.getDayOfMonth());
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }
}
