package org.digitalweek.event.cli.command;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * How the commands write times: {@code 2026-01-29 09:00}, the form the diffs use too; a slot's times
 * as {@code 09:00–11:00} within a day, and as {@code 12:00 → mer. 4 févr. 18:00} (French) or
 * {@code 12:00 → Wed 4 Feb 18:00} (English) when it ends on another day.
 */
final class Moments {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** French writes {@code mer. 4 févr.}; English {@code Wed 4 Feb}: both are the locale's short forms. */
    private static final DateTimeFormatter FRENCH_END = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Language.FR.locale());
    private static final DateTimeFormatter ENGLISH_END = DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
            Language.EN.locale());

    private Moments() {
    }

    /**
     * @param slot     a slot
     * @param language the language of the day's and month's names
     * @return e.g. {@code 2026-01-29 09:00–11:00}, or {@code 2026-01-29 12:00 → mer. 4 févr. 18:00}
     */
    static String slot(TimeSlot slot, Language language) {
        return slot.start().toLocalDate() + " " + times(slot, language);
    }

    /**
     * @param slot     a slot
     * @param language the language of the day's and month's names
     * @return e.g. {@code 09:00–11:00}, or {@code 12:00 → mer. 4 févr. 18:00} when it ends on another day
     */
    static String times(TimeSlot slot, Language language) {
        LocalDateTime start = slot.start();
        LocalDateTime end = slot.end();
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return TIME.format(start) + "–" + TIME.format(end);
        }
        return TIME.format(start) + " → " + (language == Language.FR ? FRENCH_END : ENGLISH_END).format(end);
    }

    /** @return the instant as a local time in the zone, e.g. {@code 2026-01-20 14:03} */
    static String at(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }
}
