package org.digitalweek.event.domain.rules;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/** The words of findings: session labels and times, in French or in English. */
final class Messages {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Messages() {
    }

    static boolean isFrench(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr");
    }

    /** A slot as {@code 2026-01-29 09:00–11:00}, or with both days when it spans several. */
    static String slot(TimeSlot slot) {
        String end = slot.start().toLocalDate().equals(slot.end().toLocalDate())
                ? TIME.format(slot.end()) : DAY_TIME.format(slot.end());
        return DAY_TIME.format(slot.start()) + "–" + end;
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
