package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.VenueId;

/**
 * Finds, for each of one person's sessions, the session they come from too late to change venues:
 * the one that ended last, before the session starts, at another venue, if it ended less than the
 * buffer before. One journey per session at most, found in O(n log n) for the person's n sessions
 * whatever the buffer: the sessions ended so far are taken in order of end, and only two are kept,
 * the last to end and the last to end at another venue than it.
 */
final class ShortJourneys {

    private static final Comparator<Placed> BY_END =
            Comparator.comparing((Placed p) -> p.session().slot().end()).thenComparing(p -> p.session().id());

    private record Placed(Session session, VenueId venue) {
    }

    private ShortJourneys() {
    }

    /**
     * @param sessions one person's sessions, in the order {@link OverlapSweep#BY_START}
     * @param buffer   the time needed to change venues
     * @param venue    the venue of a session, if it has a room
     * @param journey  receives each journey too short: the session left, then the session reached
     */
    static void find(List<Session> sessions, Duration buffer, Function<Session, Optional<VenueId>> venue,
                     BiConsumer<Session, Session> journey) {
        List<Placed> placed = new ArrayList<>(sessions.size());
        for (Session s : sessions) {
            venue.apply(s).ifPresent(v -> placed.add(new Placed(s, v)));
        }
        List<Placed> byEnd = new ArrayList<>(placed);
        byEnd.sort(BY_END);
        int ended = 0;
        Placed last = null;
        Placed lastElsewhere = null; // the last to end at another venue than last
        for (Placed next : placed) {
            LocalDateTime start = next.session().slot().start();
            while (ended < byEnd.size() && !byEnd.get(ended).session().slot().end().isAfter(start)) {
                Placed done = byEnd.get(ended++);
                if (last != null && !last.venue().equals(done.venue())) {
                    lastElsewhere = last;
                }
                last = done;
            }
            Placed from = last != null && !last.venue().equals(next.venue()) ? last : lastElsewhere;
            if (from != null && from.session().slot().end().plus(buffer).isAfter(start)) {
                journey.accept(from.session(), next.session());
            }
        }
    }
}
