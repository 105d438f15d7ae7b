package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * some cancelled and some open to parallel use.
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

        assertThat(keys(report.findings())).isEqualTo(pairwise(edition, buffer));
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
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                comparePair(edition, active.get(i), active.get(j), buffer, found);
            }
        }
        return found;
    }

    private static void comparePair(PublicEdition edition, Session a, Session b, Duration buffer, Set<String> found) {
        boolean overlap = a.slot().overlaps(b.slot());
        if (overlap && a.room().isPresent() && a.room().equals(b.room()) && !a.parallelAllowed()
                && !b.parallelAllowed() && !edition.room(a.room().get()).map(Room::sharedSpace).orElseThrow()) {
            found.add(key(Rule.ROOM_DOUBLE_BOOKED, a, b, ""));
        }
        for (OfficialId person : PEOPLE) {
            if (!a.involves(person) || !b.involves(person)) {
                continue;
            }
            if (overlap) {
                found.add(key(Rule.PERSON_DOUBLE_BOOKED, a, b, person.value()));
            } else if (gap(a, b).compareTo(buffer) < 0 && differentVenues(edition, a, b)) {
                found.add(key(Rule.TRAVEL_TIME_TOO_SHORT, a, b, person.value()));
            }
        }
    }

    private static Duration gap(Session a, Session b) {
        return a.slot().end().isAfter(b.slot().start())
                ? Duration.between(b.slot().end(), a.slot().start())
                : Duration.between(a.slot().end(), b.slot().start());
    }

    private static boolean differentVenues(PublicEdition edition, Session a, Session b) {
        Optional<VenueId> first = a.room().flatMap(edition::venueOf).map(v -> v.id());
        Optional<VenueId> second = b.room().flatMap(edition::venueOf).map(v -> v.id());
        return first.isPresent() && second.isPresent() && !first.equals(second);
    }

    private static Set<String> keys(List<Finding> findings) {
        Set<String> keys = new TreeSet<>();
        for (Finding f : findings) {
            if (f.rule() == Rule.ROOM_DOUBLE_BOOKED || f.rule() == Rule.PERSON_DOUBLE_BOOKED
                    || f.rule() == Rule.TRAVEL_TIME_TOO_SHORT) {
                String person = f.people().isEmpty() ? "" : f.people().get(0).value();
                String first = f.sessions().get(0).value();
                String second = f.sessions().get(1).value();
                keys.add(f.rule() + "|" + (first.compareTo(second) < 0 ? first + "," + second : second + "," + first)
                        + "|" + person);
            }
        }
        return keys;
    }

    private static String key(Rule rule, Session a, Session b, String person) {
        String first = a.id().value();
        String second = b.id().value();
        return rule + "|" + (first.compareTo(second) < 0 ? first + "," + second : second + "," + first) + "|" + person;
    }
}
