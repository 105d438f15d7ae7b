package org.digitalweek.event.domain.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.digitalweek.event.domain.model.Session;

/**
 * Finds the groups of sessions that overlap, in one sweep.
 *
 * <p>The sessions come in order of start ({@link #BY_START}): the programme is sorted once, and
 * each room's or person's sessions keep that order. A group is what the sweep has taken since the
 * last moment nothing was open: a session that starts before the latest end seen so far joins the
 * group, any other starts a new one. Each group of two or more is a set of sessions that overlap,
 * each with at least one other, from its first start to its latest end (a clash group, the connected
 * part of the overlap graph). The sweep costs O(n) after the sort, whatever the number of
 * overlapping pairs: 3,000 sessions in one room at one time are one group, not 4.5 million pairs.
 */
final class OverlapSweep {

    /** The order the sweep takes sessions in: by start, then by id. */
    static final Comparator<Session> BY_START =
            Comparator.comparing((Session s) -> s.slot().start()).thenComparing(Session::id);

    private OverlapSweep() {
    }

    /**
     * @param sessions the sessions, in the order {@link #BY_START}
     * @param group    receives each group of two or more overlapping sessions, in that order
     */
    static void groups(List<Session> sessions, Consumer<List<Session>> group) {
        List<Session> current = new ArrayList<>();
        LocalDateTime latestEnd = null;
        for (Session next : sessions) {
            if (latestEnd != null && !next.slot().start().isBefore(latestEnd)) {
                close(current, group);
            }
            if (current.isEmpty() || next.slot().end().isAfter(latestEnd)) {
                latestEnd = next.slot().end();
            }
            current.add(next);
        }
        close(current, group);
    }

    private static void close(List<Session> current, Consumer<List<Session>> group) {
        if (current.size() > 1) {
            group.accept(List.copyOf(current));
        }
        current.clear();
    }
}
