package org.digitalweek.event.domain.model;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each wall-clock time that slots name. A programme has many sessions but few distinct
 * starts and ends (every morning session of a day starts at the same hour), and each
 * {@code LocalDateTime}, with its date and time, takes 72 bytes: a slot holding its own pair took
 * 150 bytes of a loaded session. Sharing keeps {@link TimeSlot} a record whose accessors return
 * what they hold, so the checker and the exporters, which read slots constantly, pay nothing.
 * <p>
 * Bounded: when full it starts again, so a program that reads many editions keeps at most
 * {@value #MOST_KEPT} times, and times are shared within each run of them. Equal times are
 * interchangeable (value-based), so no result depends on which copy a slot holds.
 */
final class SharedTimes {

    static final int MOST_KEPT = 4096;
    private static final Map<LocalDateTime, LocalDateTime> KEPT = new ConcurrentHashMap<>();

    private SharedTimes() {
    }

    /**
     * @param time a wall-clock time
     * @return an equal time, the same instance for every equal time while it is kept
     */
    static LocalDateTime shared(LocalDateTime time) {
        LocalDateTime known = KEPT.get(time);
        if (known != null) {
            return known;
        }
        if (KEPT.size() >= MOST_KEPT) {
            KEPT.clear();
        }
        known = KEPT.putIfAbsent(time, time);
        return known == null ? time : known;
    }
}
