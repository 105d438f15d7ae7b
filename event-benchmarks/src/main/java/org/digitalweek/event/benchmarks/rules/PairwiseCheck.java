package org.digitalweek.event.benchmarks.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.VenueId;

/**
 * The naive check, the peer of the sweep in {@link org.digitalweek.event.domain.rules.ProgrammeChecker}:
 * the rules as one first writes them, comparing every pair of sessions that take place. It counts
 * the double bookings of rooms and people and the journeys too short between venues, the rules
 * that need two sessions; rooms and venues are found through maps made once, and a pair far apart
 * in time is dropped before anything else is looked at.
 */
public final class PairwiseCheck {

    /**
     * What the pairwise check found, counted in pairs. The checker reports a group of sessions that
     * overlap once, and a session reached too soon once; where every clash is a pair and every
     * journey has one session left, as in the benchmarks' federated week, the counts are the same.
     *
     * @param roomDoubleBookings   pairs of sessions in one room that is not shared, at once
     * @param personDoubleBookings (person, pair) at two sessions at once
     * @param shortJourneys        (person, pair) changing venues in less than the buffer
     */
    public record Counts(int roomDoubleBookings, int personDoubleBookings, int shortJourneys) {
    }

    private PairwiseCheck() {
    }

    /**
     * @param edition an edition
     * @param buffer  the travel buffer
     * @return what every pair of its sessions that take place shows
     */
    public static Counts check(PublicEdition edition, Duration buffer) {
        Objects.requireNonNull(buffer, "'buffer' must not be null");
        List<Session> active = edition.sessions().stream().filter(s -> !s.isCancelled()).toList();
        Map<RoomId, Room> rooms = edition.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        Map<RoomId, VenueId> venues = edition.venues().stream().flatMap(v -> v.rooms().stream()
                .map(r -> Map.entry(r.id(), v.id()))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LocalDateTime[] reach = new LocalDateTime[active.size()]; // each end plus the buffer, worked out once
        for (int i = 0; i < reach.length; i++) {
            reach[i] = active.get(i).slot().end().plus(buffer);
        }
        int roomClashes = 0;
        int personClashes = 0;
        int journeys = 0;
        for (int i = 0; i < active.size(); i++) {
            Session a = active.get(i);
            for (int j = i + 1; j < active.size(); j++) {
                Session b = active.get(j);
                if (!a.slot().start().isBefore(reach[j]) || !b.slot().start().isBefore(reach[i])) {
                    continue; // too far apart for any rule
                }
                boolean overlap = a.slot().start().isBefore(b.slot().end()) && b.slot().start().isBefore(a.slot().end());
                if (overlap && a.room().isPresent() && a.room().equals(b.room())
                        && exclusive(a, rooms) && exclusive(b, rooms)) {
                    roomClashes++;
                }
                int shared = shared(a, b);
                if (shared > 0 && overlap) {
                    personClashes += shared;
                } else if (shared > 0 && atDifferentVenues(a, b, venues)) {
                    journeys += shared;
                }
            }
        }
        return new Counts(roomClashes, personClashes, journeys);
    }

    private static boolean exclusive(Session s, Map<RoomId, Room> rooms) {
        return !s.parallelAllowed() && !rooms.get(s.room().orElseThrow()).sharedSpace();
    }

    private static int shared(Session a, Session b) {
        return (int) a.participants().stream().map(Participant::official).distinct()
                .filter(person -> b.participants().stream().anyMatch(p -> p.official().equals(person)))
                .count();
    }

    private static boolean atDifferentVenues(Session a, Session b, Map<RoomId, VenueId> venues) {
        Optional<VenueId> first = a.room().map(venues::get);
        Optional<VenueId> second = b.room().map(venues::get);
        return first.isPresent() && second.isPresent() && !first.equals(second);
    }
}
