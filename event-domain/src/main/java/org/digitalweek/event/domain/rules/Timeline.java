package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * The times of a programme as {@code int} keys (read as {@code long}s) that compare exactly as the
 * times do, so that the rules compare numbers held in arrays rather than follow each session to its
 * {@link LocalDateTime}s.
 * For each session (by its number in {@link Programme}): its start, its end, and its reach, the end
 * plus the travel buffer (a session starting before another's reach comes too soon after it); and
 * the edition's opening and closing.
 *
 * <p>The keys are whole seconds from 2^30 seconds (about 34 years) before the edition opens, read
 * once from each session. Where a time has a fraction of a second, or lies more than about 34 years
 * from the edition's opening, they are instead the rank of each time among all of them, which a sort
 * of those times gives: slower, but exact for any time. Every key is at least zero and below
 * {@link #KEY_LIMIT}: it fits in an {@code int}, and a key and a session's number fit in one
 * {@code long} ({@link SessionOrder}).
 */
final class Timeline {

    /** Every key is at least zero and below this. */
    static final long KEY_LIMIT = 1L << 31;

    private final int[] start; // keys fit in an int: they are below KEY_LIMIT
    private final int[] end;
    private final int[] reach;
    private final long opens;
    private final long closes;

    private Timeline(int[] start, int[] end, int[] reach, long opens, long closes) {
        this.start = start;
        this.end = end;
        this.reach = reach;
        this.opens = opens;
        this.closes = closes;
    }

    /**
     * @param starts the sessions' starts, by number; the first {@code count} are read
     * @param ends   their ends
     * @param count  how many sessions
     * @param buffer the travel buffer
     * @param opens  when the edition opens
     * @param closes when it closes
     * @return the keys of those times
     */
    static Timeline of(LocalDateTime[] starts, LocalDateTime[] ends, int count, Duration buffer,
                       LocalDateTime opens, LocalDateTime closes) {
        long origin = seconds(opens) - KEY_LIMIT / 2;
        long bufferSeconds = buffer.getSeconds();
        boolean fits = buffer.getNano() == 0 && bufferSeconds < KEY_LIMIT / 2 && seconds(closes) - origin < KEY_LIMIT;
        int[] start = new int[count];
        int[] end = new int[count];
        int[] reach = new int[count];
        for (int n = 0; n < count; n++) {
            long from = seconds(starts[n]) - origin;
            long to = seconds(ends[n]) - origin;
            fits &= starts[n].getNano() == 0 && ends[n].getNano() == 0 && from >= 0 && to + bufferSeconds < KEY_LIMIT;
            start[n] = (int) from;
            end[n] = (int) to;
            reach[n] = (int) (to + bufferSeconds);
        }
        if (!fits) {
            return ranked(starts, ends, count, buffer, opens, closes);
        }
        return new Timeline(start, end, reach, seconds(opens) - origin, seconds(closes) - origin);
    }

    private static long seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    /** The keys as ranks among every time named; a reach beyond the last time there is ranks after all. */
    private static Timeline ranked(LocalDateTime[] starts, LocalDateTime[] ends, int count, Duration buffer,
                                   LocalDateTime opens, LocalDateTime closes) {
        LocalDateTime latestReachable = LocalDateTime.MAX.minus(buffer);
        LocalDateTime[] reaches = new LocalDateTime[count];
        LocalDateTime[] times = new LocalDateTime[3 * count + 2];
        int size = 0;
        times[size++] = opens;
        times[size++] = closes;
        for (int n = 0; n < count; n++) {
            times[size++] = starts[n];
            times[size++] = ends[n];
            if (!ends[n].isAfter(latestReachable)) {
                reaches[n] = ends[n].plus(buffer);
                times[size++] = reaches[n];
            }
        }
        Arrays.sort(times, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || !times[i].equals(times[distinct - 1])) {
                times[distinct++] = times[i];
            }
        }
        int[] start = new int[count];
        int[] end = new int[count];
        int[] reach = new int[count];
        for (int n = 0; n < count; n++) {
            start[n] = Arrays.binarySearch(times, 0, distinct, starts[n]);
            end[n] = Arrays.binarySearch(times, 0, distinct, ends[n]);
            reach[n] = reaches[n] == null ? distinct : Arrays.binarySearch(times, 0, distinct, reaches[n]);
        }
        return new Timeline(start, end, reach,
                Arrays.binarySearch(times, 0, distinct, opens), Arrays.binarySearch(times, 0, distinct, closes));
    }

    /** @return the key of the start of session {@code n} */
    long start(int n) {
        return start[n];
    }

    /** @return the key of its end */
    long end(int n) {
        return end[n];
    }

    /** @return the key of its end plus the travel buffer: a later session starting before it comes too soon */
    long reach(int n) {
        return reach[n];
    }

    /** @return the key of the edition's first moment, the start of its first day */
    long opens() {
        return opens;
    }

    /** @return the key of the moment the edition is over, the end of its last day */
    long closes() {
        return closes;
    }
}
