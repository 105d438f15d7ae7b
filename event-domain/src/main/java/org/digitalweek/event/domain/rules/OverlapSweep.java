package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import org.digitalweek.event.domain.model.Session;

/**
 * Finds the pairs of sessions that overlap, or that come closer than a gap, in one sweep.
 *
 * <p>The sessions come in order of start ({@link #BY_START}): the programme is sorted once, and
 * each room's or person's sessions keep that order. A list holds the sessions still "open": those
 * whose end plus the gap lies after the current start. When a session is taken, each open session
 * either has closed, and leaves the list for good, or pairs with it, since it started no later and
 * ends (plus the gap) after the start. So every look at the list either removes a session, once
 * in the sweep, or reports a pair: after the sort, the sweep costs O(n + k) for the k pairs it
 * reports — never the n² of comparing every pair.
 */
final class OverlapSweep {

    /** The order the sweep takes sessions in: by start, then by id. */
    static final Comparator<Session> BY_START =
            Comparator.comparing((Session s) -> s.slot().start()).thenComparing(Session::id);

    private OverlapSweep() {
    }

    /**
     * @param sessions the sessions, in the order {@link #BY_START}
     * @param gap      zero to find overlaps only; more to find also sessions that close less than
     *                 this before the next one starts
     * @param pair     receives each pair, the earlier-starting session first
     */
    static void pairs(List<Session> sessions, Duration gap, BiConsumer<Session, Session> pair) {
        List<Session> open = new ArrayList<>();
        for (Session next : sessions) {
            LocalDateTime closedBy = next.slot().start().minus(gap); // what ends by then is closed
            int kept = 0;
            for (Session earlier : open) {
                if (earlier.slot().end().isAfter(closedBy)) {
                    pair.accept(earlier, next);
                    open.set(kept++, earlier);
                }
            }
            open.subList(kept, open.size()).clear();
            open.add(next);
        }
    }

    /**
     * @param earlier a session starting no later than {@code later}
     * @param later   another session
     * @return whether they share some time
     */
    static boolean overlap(Session earlier, Session later) {
        return earlier.slot().end().isAfter(later.slot().start());
    }
}
