package org.digitalweek.event.benchmarks.rules;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;

/**
 * The naive way to find double bookings and short journeys, the peer of the sweep in
 * {@link org.digitalweek.event.domain.rules.ProgrammeChecker}: every pair of sessions is compared.
 * It is given every advantage but the algorithm: times as minutes, rooms, venues and people as
 * small integers, all prepared once, so that comparing a pair costs a few instructions.
 */
public final class PairwiseCheck {

    /**
     * What the pairwise check found, counted as the checker counts its findings.
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
        List<Session> active = edition.programme().stream().filter(s -> !s.isCancelled()).toList();
        Prepared p = new Prepared(edition, active);
        long gap = buffer.toMinutes();
        int rooms = 0;
        int people = 0;
        int journeys = 0;
        for (int i = 0; i < p.size; i++) {
            for (int j = i + 1; j < p.size; j++) {
                boolean overlap = p.start[i] < p.end[j] && p.start[j] < p.end[i];
                boolean close = p.start[i] < p.end[j] + gap && p.start[j] < p.end[i] + gap;
                if (!close) {
                    continue;
                }
                if (overlap && p.room[i] >= 0 && p.room[i] == p.room[j] && p.exclusive[i] && p.exclusive[j]) {
                    rooms++;
                }
                int shared = shared(p.people[i], p.people[j]);
                if (shared > 0) {
                    if (overlap) {
                        people += shared;
                    } else if (p.venue[i] >= 0 && p.venue[j] >= 0 && p.venue[i] != p.venue[j]) {
                        journeys += shared;
                    }
                }
            }
        }
        return new Counts(rooms, people, journeys);
    }

    private static int shared(int[] a, int[] b) {
        int count = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The sessions as arrays of small numbers. */
    private static final class Prepared {
        final int size;
        final long[] start;
        final long[] end;
        final int[] room;
        final int[] venue;
        final boolean[] exclusive;
        final int[][] people;

        Prepared(PublicEdition edition, List<Session> sessions) {
            size = sessions.size();
            start = new long[size];
            end = new long[size];
            room = new int[size];
            venue = new int[size];
            exclusive = new boolean[size];
            people = new int[size][];
            Map<Object, Integer> numbers = new HashMap<>(); // ids of rooms, venues and people: records of distinct types
            Map<Object, Integer> venueOfRoom = new HashMap<>();
            Map<Object, Boolean> shared = new HashMap<>();
            for (Venue v : edition.venues()) {
                int venueNumber = numbers.computeIfAbsent(v.id(), k -> numbers.size());
                for (Room r : v.rooms()) {
                    venueOfRoom.put(r.id(), venueNumber);
                    shared.put(r.id(), r.sharedSpace());
                }
            }
            for (int i = 0; i < size; i++) {
                Session s = sessions.get(i);
                start[i] = s.slot().start().toEpochSecond(ZoneOffset.UTC) / 60;
                end[i] = s.slot().end().toEpochSecond(ZoneOffset.UTC) / 60;
                room[i] = s.room().map(r -> numbers.computeIfAbsent(r, k -> numbers.size())).orElse(-1);
                venue[i] = s.room().map(venueOfRoom::get).orElse(-1);
                exclusive[i] = s.room().map(r -> !shared.get(r)).orElse(false) && !s.parallelAllowed();
                List<Integer> who = new ArrayList<>();
                for (Participant participant : s.participants()) {
                    int person = numbers.computeIfAbsent(participant.official(), k -> numbers.size());
                    if (!who.contains(person)) {
                        who.add(person);
                    }
                }
                people[i] = who.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }
}
