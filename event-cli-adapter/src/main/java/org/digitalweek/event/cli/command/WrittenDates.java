package org.digitalweek.event.cli.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.cli.text.Language;

/**
 * Reads a date, or a date and time, as organisers write them: the ISO form {@code 2026-01-29T09:00}
 * (or with a space for the {@code T}), and the day first, as French speakers write it,
 * {@code 29/01/2026 09:00} ({@code /}, {@code .} or {@code -} between the numbers, {@code 9h30} or
 * {@code 9h} for the time). In French, the day always comes first: {@code 02/03/2026} is 2 March.
 * In English, the day comes first too, but a date that reads as two different days, day first and
 * month first, is refused rather than guessed: {@code 02/03/2026} may be 2 March or 3 February;
 * {@code 29/01/2026} and {@code 01/29/2026} are read, each having one reading only.
 */
final class WrittenDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}([/.-])\\d{1,2}\\2\\d{4})(?:\\s+|T)(\\d{1,2})(?::(\\d{2})|h(\\d{2})?)");

    private WrittenDates() {
    }

    /**
     * @param text     what the user wrote
     * @param language the run's language, which decides how a day-first date is read
     * @return the date; empty when the text is none, or may be two different dates
     */
    static Optional<LocalDate> date(String text, Language language) {
        String written = text.strip();
        try {
            return Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException e) {
            List<LocalDate> readings = readings(written, language);
            return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
        }
    }

    /**
     * @param text     what the user wrote
     * @param language the run's language, which decides how a day-first date is read
     * @return the date and time; empty when the text is none, or may be two different ones
     */
    static Optional<LocalDateTime> dateTime(String text, Language language) {
        String written = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(written.replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            Matcher m = DATE_TIME.matcher(written);
            if (!m.matches()) {
                return Optional.empty();
            }
            String minutes = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "0";
            try {
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(minutes));
                return date(m.group(1), language).map(day -> day.atTime(time));
            } catch (DateTimeException outOfRange) {
                return Optional.empty();
            }
        }
    }

    /**
     * @param text     what the user wrote, a date or a date and time
     * @param language the run's language
     * @return the two dates the text's date may be, in English, when it reads as two different days
     *         (day first, then month first); else none
     */
    static List<LocalDate> ambiguity(String text, Language language) {
        String written = text.strip();
        Matcher m = DATE_TIME.matcher(written);
        List<LocalDate> readings = readings(m.matches() ? m.group(1) : written, language);
        return readings.size() == 2 ? readings : List.of();
    }

    /** @return what a day-first (or, in English, month-first) date may be: none, one or two dates */
    private static List<LocalDate> readings(String written, Language language) {
        Matcher m = DAY_FIRST.matcher(written);
        if (!m.matches()) {
            return List.of();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        List<LocalDate> readings = new ArrayList<>();
        valid(year, second, first).ifPresent(readings::add);
        if (language == Language.EN) {
            valid(year, first, second).filter(d -> !readings.contains(d)).ifPresent(readings::add);
        }
        return readings;
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
