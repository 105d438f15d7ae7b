package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.digitalweek.event.domain.fixtures.Programmes;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.VenueId;

/**
 * The sweep-based checker finds exactly the double bookings and short journeys that comparing every
 * pair of sessions finds, on thousands of random programmes: sessions over three days on a
 * quarter-hour grid, in exclusive rooms, a shared hall or no room, at two venues, with four people,
 * some cancelled and some open to parallel use. The oracle groups the overlapping pairs of each
 * room and person into their connected parts (one finding each), and keeps, for each session
 * reached too soon from another venue, the latest-ending session left (one finding each).
 */
class SweepAgreesWithPairwiseOracleTest {

    private static final List<String> ROOMS = List.of("banquets", "salle-2", "hall", "amphi");
    private static final List<OfficialId> PEOPLE = List.of(Programmes.MINISTER, Programmes.GUEST,
            Programmes.CULTURE, Programmes.EXPERT);

    @Property(tries = 3000)
    void theSweepFindsWhatThePairwiseCheckFinds(@ForAll("programmes") List<Session> sessions,
                                                @ForAll("buffers") Duration buffer) {
        PublicEdition edition = Programmes.with(sessions.toArray(Session[]::new));
        RuleSettings settings = RuleSettings.defaults().withTravelBuffer(buffer);

        CheckReport report = new ProgrammeChecker(settings).check(edition);

        assertThat(keys(report.findings(), edition, buffer)).isEqualTo(pairwise(edition, buffer));
    }

    @Provide
    Arbitrary<List<Session>> programmes() {
        Arbitrary<Session> session = Combinators.combine(
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, 16), Arbitraries.integers().between(0, ROOMS.size()),
                Arbitraries.integers().between(0, 15), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6)).as(SweepAgreesWithPairwiseOracleTest::session);
        return session.list().ofMaxSize(40).map(SweepAgreesWithPairwiseOracleTest::numbered);
    }

    @Provide
    Arbitrary<Duration> buffers() {
        return Arbitraries.integers().between(0, 6).map(q -> Duration.ofMinutes(15L * q));
    }

    private static Session session(int day, int startQuarter, int quarters, int room, int people, boolean parallel,
                                   int cancelDie) {
        Programmes.Draft draft = Programmes.session("s");
        var start = Programmes.DAY_1.plusDays(day - 1L).atTime(8, 0).plusMinutes(15L * startQuarter);
        draft.slot(new TimeSlot(start, start.plusMinutes(15L * quarters)));
        if (room < ROOMS.size()) {
            draft.in(ROOMS.get(room));
        }
        for (int p = 0; p < PEOPLE.size(); p++) {
            if ((people & (1 << p)) != 0) {
                draft.with(Participant.of(PEOPLE.get(p), p % 2 == 0 ? ParticipantRole.SPEAKER : ParticipantRole.PANELLIST));
            }
        }
        if (parallel) {
            draft.parallelAllowed();
        }
        if (cancelDie == 0) {
            draft.cancelled();
        }
        return draft.build();
    }

    /** Gives the generated sessions distinct ids, s0, s1, … */
    private static List<Session> numbered(List<Session> sessions) {
        List<Session> result = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            result.add(new Session(new org.digitalweek.event.domain.model.SessionId("s" + i), s.type(), s.title(),
                    s.summary(), s.track(), s.slot(), s.room(), s.participants(), s.languages(), s.status(),
                    s.expectedAttendance(), s.statements(), s.provenance(), s.parallelAllowed(), s.origin()));
        }
        return result;
    }

    /** The oracle: every pair of sessions that will take place, compared directly. */
    private static Set<String> pairwise(PublicEdition edition, Duration buffer) {
        List<Session> active = edition.sessions().stream().filter(s -> !s.isCancelled()).toList();
        Set<String> found = new TreeSet<>();
        Map<String, Map<Session, Set<Session>>> clashes = new HashMap<>(); // rule|person → overlap graph
        Map<String, Session> journeys = new HashMap<>(); // rule|reached|person → latest-ending session left
        for (Session a : active) {
            for (Session b : active) {
                if (a != b) {
                    comparePair(edition, a, b, buffer, clashes, journeys);
                }
            }
        }
        clashes.forEach((key, graph) -> components(graph).forEach(c -> found.add(key.replace("|", "|" + c + "|"))));
        journeys.forEach((key, left) -> found.add(key + "|" + left.slot().end()));
        return found;
    }

    private static void comparePair(PublicEdition edition, Session a, Session b, Duration buffer,
                                    Map<String, Map<Session, Set<Session>>> clashes, Map<String, Session> journeys) {
        boolean overlap = a.slot().overlaps(b.slot());
        if (overlap && a.room().isPresent() && a.room().equals(b.room()) && !a.parallelAllowed()
                && !b.parallelAllowed() && !edition.room(a.room().get()).map(Room::sharedSpace).orElseThrow()) {
            link(clashes, Rule.ROOM_DOUBLE_BOOKED + "|" + a.room().get().value() + "-room", a, b);
        }
        for (OfficialId person : PEOPLE) {
            if (!a.involves(person) || !b.involves(person)) {
                continue;
            }
            if (overlap) {
                link(clashes, Rule.PERSON_DOUBLE_BOOKED + "|" + person.value(), a, b);
            } else if (!a.slot().end().isAfter(b.slot().start())
                    && Duration.between(a.slot().end(), b.slot().start()).compareTo(buffer) < 0
                    && differentVenues(edition, a, b)) {
                journeys.merge(Rule.TRAVEL_TIME_TOO_SHORT + "|" + b.id().value() + "|" + person.value(), a,
                        (x, y) -> x.slot().end().isAfter(y.slot().end()) ? x : y);
            }
        }
    }

    private static void link(Map<String, Map<Session, Set<Session>>> clashes, String key, Session a, Session b) {
        Map<Session, Set<Session>> graph = clashes.computeIfAbsent(key, k -> new HashMap<>());
        graph.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        graph.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    /** The connected parts of an overlap graph, each as its sorted session ids. */
    private static List<String> components(Map<Session, Set<Session>> graph) {
        List<String> parts = new ArrayList<>();
        Set<Session> seen = new HashSet<>();
        for (Session start : graph.keySet()) {
            if (!seen.add(start)) {
                continue;
            }
            Set<String> ids = new TreeSet<>();
            Deque<Session> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                Session s = todo.pop();
                ids.add(s.id().value());
                graph.get(s).stream().filter(seen::add).forEach(todo::push);
            }
            parts.add(String.join(",", ids));
        }
        return parts;
    }

    private static boolean differentVenues(PublicEdition edition, Session a, Session b) {
        Optional<VenueId> first = a.room().flatMap(edition::venueOf).map(v -> v.id());
        Optional<VenueId> second = b.room().flatMap(edition::venueOf).map(v -> v.id());
        return first.isPresent() && second.isPresent() && !first.equals(second);
    }

    /**
     * The checker's findings as the oracle's keys: a double booking by its sessions, a journey by
     * the session reached and the end of the session left, which must be the latest the oracle finds.
     */
    private static Set<String> keys(List<Finding> findings, PublicEdition edition, Duration buffer) {
        Set<String> keys = new TreeSet<>();
        for (Finding f : findings) {
            String person = f.people().isEmpty() ? "" : f.people().get(0).value();
            if (f.rule() == Rule.ROOM_DOUBLE_BOOKED) {
                keys.add(f.rule() + "|" + sortedIds(f) + "|" + f.rooms().get(0).value() + "-room");
            } else if (f.rule() == Rule.PERSON_DOUBLE_BOOKED) {
                keys.add(f.rule() + "|" + sortedIds(f) + "|" + person);
            } else if (f.rule() == Rule.TRAVEL_TIME_TOO_SHORT) {
                assertThat(f.sessions()).hasSize(2);
                Session left = edition.session(f.sessions().get(0)).orElseThrow();
                Session reached = edition.session(f.sessions().get(1)).orElseThrow();
                assertThat(left.slot().end()).isBeforeOrEqualTo(reached.slot().start())
                        .isAfter(reached.slot().start().minus(buffer));
                assertThat(differentVenues(edition, left, reached)).isTrue();
                keys.add(f.rule() + "|" + reached.id().value() + "|" + person + "|" + left.slot().end());
            }
        }
        return keys;
    }

    private static String sortedIds(Finding f) {
        return String.join(",", new TreeSet<>(f.sessions().stream().map(s -> s.value()).toList()));
    }
}
