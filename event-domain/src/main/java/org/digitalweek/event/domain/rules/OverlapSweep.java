package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

import org.digitalweek.event.domain.model.Session;

/**
 * Finds the pairs of sessions that overlap, or that come closer than a gap, in one sweep.
 *
 * <p>The sessions come in order of start ({@link #BY_START}): the programme is sorted once, and
 * each room's or person's sessions keep that order. A queue ordered by end holds the sessions
 * still "open": those whose end plus the gap lies after the current start. Before each session is
 * taken, the queue drops every session that closed at or before its start; each session left in
 * the queue pairs with it, since it started no later and ends (plus the gap) after the start.
 * Each session enters and leaves the queue once, so the sweep costs O(n log q), with q the most
 * sessions open at once, plus O(k) for the k pairs it reports — never the n² of comparing every pair.
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
        PriorityQueue<Session> open = new PriorityQueue<>(Comparator.comparing((Session s) -> s.slot().end()));
        for (Session next : sessions) {
            LocalDateTime start = next.slot().start();
            while (!open.isEmpty() && !open.peek().slot().end().plus(gap).isAfter(start)) {
                open.poll();
            }
            for (Session earlier : open) {
                pair.accept(earlier, next);
            }
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
