package org.digitalweek.event.cli.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.digitalweek.event.domain.model.TimeSlot;

/** How the commands write times: {@code 2026-01-29 09:00}, the form the diffs use too. */
final class Moments {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Moments() {
    }

    /** @return e.g. {@code 2026-01-29 09:00–11:00}, with the end's day when it ends on another day */
    static String slot(TimeSlot slot) {
        boolean sameDay = slot.end().toLocalDate().equals(slot.start().toLocalDate());
        return DAY_AND_TIME.format(slot.start()) + "–" + (sameDay ? TIME : DAY_AND_TIME).format(slot.end());
    }

    /** @return the instant as a local time in the zone, e.g. {@code 2026-01-20 14:03} */
    static String at(Instant instant, ZoneId zone) {
        return DAY_AND_TIME.format(instant.atZone(zone));
    }
}
