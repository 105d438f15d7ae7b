package org.digitalweek.event.domain.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a session takes place, as wall-clock times in the edition's time zone. A slot may span
 * several days (an exhibition open all week).
 *
 * @param start when it starts
 * @param end   when it ends; strictly after {@code start}
 */
public record TimeSlot(LocalDateTime start, LocalDateTime end) {

    /**
     * Checks that the slot ends after it starts, and keeps one copy of each time however many slots
     * name it: a programme's sessions start and end at few distinct times.
     */
    public TimeSlot {
        Objects.requireNonNull(start, "'start' must not be null");
        Objects.requireNonNull(end, "'end' must not be null");
        requireOrder(start, end);
        start = SharedTimes.shared(start);
        end = SharedTimes.shared(end);
    }

    private static void requireOrder(LocalDateTime start, LocalDateTime end) {
        Invariants.require(end.isAfter(start), "TimeSlot", () -> "end " + end + " must be after start " + start);
    }

    /** @return how long the slot lasts */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * @param other another slot
     * @return whether the two share some time (touching ends do not overlap)
     */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * @param day a day
     * @return whether some of the slot falls on that day
     */
    public boolean touches(LocalDate day) {
        return start.isBefore(day.plusDays(1).atStartOfDay()) && end.isAfter(day.atStartOfDay());
    }

    /**
     * @param zone the edition's time zone
     * @return the start as an instant in that zone
     */
    public ZonedDateTime startIn(ZoneId zone) {
        return start.atZone(zone);
    }

    /**
     * @param zone the edition's time zone
     * @return the end as an instant in that zone
     */
    public ZonedDateTime endIn(ZoneId zone) {
        return end.atZone(zone);
    }
}
