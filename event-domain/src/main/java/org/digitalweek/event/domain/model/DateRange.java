package org.digitalweek.event.domain.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The days of an edition, both ends included.
 *
 * @param start the first day
 * @param end   the last day; not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * The most days an edition may last, both ends included: a year, a leap one too. Input validation
     * holds editions to it ({@code @BoundedLength}); exporters show no more days than that.
     */
    public static final int MAX_DAYS = 366;

    /** Checks that the range does not end before it starts. */
    public DateRange {
        Objects.requireNonNull(start, "'start' must not be null");
        Objects.requireNonNull(end, "'end' must not be null");
        Invariants.require(!end.isBefore(start), "DateRange", "end " + end + " is before start " + start);
    }

    /**
     * @param day a day
     * @return whether the range includes it
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** @return every day of the range, in order */
    public List<LocalDate> days() {
        return start.datesUntil(end.plusDays(1)).toList();
    }
}
