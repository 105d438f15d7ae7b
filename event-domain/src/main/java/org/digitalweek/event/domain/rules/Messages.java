package org.digitalweek.event.domain.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/** The words of findings: session labels and times, in French or in English. */
final class Messages {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Messages() {
    }

    /**
     * A slot as {@code 2026-01-29 09:00–11:00}, or with both days when it spans several. Written by
     * hand rather than with {@link DateTimeFormatter}, which costs several times more, and a
     * programme with many findings writes two slots for each.
     */
    static String slot(TimeSlot slot) {
        StringBuilder text = new StringBuilder(28);
        dayTime(slot.start(), text).append('–');
        if (slot.start().toLocalDate().equals(slot.end().toLocalDate())) {
            time(slot.end(), text);
        } else {
            dayTime(slot.end(), text);
        }
        return text.toString();
    }

    private static StringBuilder dayTime(LocalDateTime at, StringBuilder text) {
        if (at.getYear() < 1000 || at.getYear() > 9999) {
            return text.append(DAY_TIME.format(at));
        }
        text.append(at.getYear()).append('-');
        twoDigits(at.getMonthValue(), text).append('-');
        twoDigits(at.getDayOfMonth(), text).append(' ');
        return time(at, text);
    }

    private static StringBuilder time(LocalDateTime at, StringBuilder text) {
        twoDigits(at.getHour(), text).append(':');
        return twoDigits(at.getMinute(), text);
    }

    private static StringBuilder twoDigits(int value, StringBuilder text) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A session as {@code « Panel » (panel-1, 2026-01-30 10:00–12:00)}. */
    static String fr(Session s) {
        return "« " + s.title().resolve("fr") + " » (" + s.id() + ", " + slot(s.slot()) + ")";
    }

    /** A session as {@code "Panel" (panel-1, 2026-01-30 10:00–12:00)}. */
    static String en(Session s) {
        return "\"" + s.title().resolve("en") + "\" (" + s.id() + ", " + slot(s.slot()) + ")";
    }
}
