package org.digitalweek.event.export.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a schedule entry takes place: from an instant (a time with an offset, or in UTC), or from a
 * wall-clock time in the edition's zone, for a length of time.
 *
 * @param instant the start, when the schedule gave an offset or a zone; else null
 * @param local   the start on the edition's wall clock, when the schedule gave no offset; else null
 * @param length  how long it lasts
 */
public record EntryTime(Instant instant, LocalDateTime local, Duration length) {

    /** Checks that exactly one start is given. */
    public EntryTime {
        if ((instant == null) == (local == null)) {
            throw new IllegalArgumentException("exactly one of 'instant' and 'local' must be given");
        }
        Objects.requireNonNull(length, "'length' must not be null");
    }

    /**
     * @param start  the start
     * @param length how long
     * @return the time
     */
    public static EntryTime at(Instant start, Duration length) {
        return new EntryTime(start, null, length);
    }

    /**
     * @param start  the start on the edition's wall clock
     * @param length how long
     * @return the time
     */
    public static EntryTime local(LocalDateTime start, Duration length) {
        return new EntryTime(null, start, length);
    }
}
