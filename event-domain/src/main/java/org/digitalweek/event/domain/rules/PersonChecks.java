package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;

/**
 * {@link Rule#PERSON_DOUBLE_BOOKED} and {@link Rule#TRAVEL_TIME_TOO_SHORT}, per person, over the
 * sessions they take part in (once per session, whatever their roles). A group of sessions that
 * overlap ({@link OverlapSweep}) is one double booking; a session reached from another venue less
 * than the travel buffer after the last session there ended is one journey too short
 * ({@link ShortJourneys}). Sessions with no room have no venue and need no journey. Both cost
 * O(n log n) in the person's sessions, whatever the number of pairs.
 */
final class PersonChecks {

    private PersonChecks() {
    }

    static void run(Programme programme, Sink sink) {
        boolean twice = sink.isOn(Rule.PERSON_DOUBLE_BOOKED);
        boolean travel = sink.isOn(Rule.TRAVEL_TIME_TOO_SHORT);
        if (!twice && !travel) {
            return;
        }
        Duration buffer = sink.settings().travelBuffer();
        Buckets byPerson = byPerson(programme);
        int[] sessions = byPerson.items();
        int most = 0;
        for (int o = 0; o < byPerson.count(); o++) {
            most = Math.max(most, byPerson.to(o) - byPerson.from(o));
        }
        ShortJourneys journeys = new ShortJourneys(programme, most);
        for (int o = 0; o < byPerson.count(); o++) {
            if (byPerson.to(o) - byPerson.from(o) < 2) {
                continue; // one session clashes with nothing and needs no journey
            }
            Official who = programme.officials().official(o);
            if (twice) {
                OverlapSweep.groups(sessions, byPerson.from(o), byPerson.to(o), programme.times(),
                        (from, to) -> reportTwice(sink, who, programme.inProgrammeOrder(sessions, from, to)));
            }
            if (travel) {
                journeys.find(sessions, byPerson.from(o), byPerson.to(o), (left, reached) ->
                        reportTravel(sink, who, programme.session(left), programme.session(reached), buffer));
            }
        }
    }

    /** @return each person's sessions, in order of start */
    private static Buckets byPerson(Programme programme) {
        SessionPeople people = programme.people();
        int[] sizes = new int[programme.officials().count()];
        for (int p = 0; p < people.size(); p++) {
            sizes[people.person(p)]++;
        }
        Buckets byPerson = new Buckets(sizes);
        for (int n : programme.byStart()) {
            for (int p = people.from(n); p < people.to(n); p++) {
                byPerson.add(people.person(p), n);
            }
        }
        return byPerson;
    }

    private static void reportTwice(Sink sink, Official who, List<Session> group) {
        String name = who.displayName() + " (" + who.id() + ")";
        ClashGroup.report(sink, Rule.PERSON_DOUBLE_BOOKED, group, List.of(who.id()), rooms(group),
                name + " est attendu(e) à", name + " is expected at");
    }

    private static void reportTravel(Sink sink, Official who, Session a, Session b, Duration buffer) {
        long minutes = Duration.between(a.slot().end(), b.slot().start()).toMinutes();
        sink.report(Rule.TRAVEL_TIME_TOO_SHORT, List.of(a, b), List.of(who.id()), rooms(List.of(a, b)),
                who.displayName() + " (" + who.id() + ") n'a que " + minutes + " min pour changer de lieu entre "
                        + Messages.fr(a) + " et " + Messages.fr(b) + " ; il en faut " + buffer.toMinutes() + ".",
                who.displayName() + " (" + who.id() + ") has only " + minutes + " min to change venues between "
                        + Messages.en(a) + " and " + Messages.en(b) + "; " + buffer.toMinutes() + " are needed.");
    }

    /** The rooms of the sessions, each once, in the sessions' order. */
    private static List<RoomId> rooms(List<Session> sessions) {
        Set<RoomId> rooms = new LinkedHashSet<>();
        for (Session s : sessions) {
            s.room().ifPresent(rooms::add);
        }
        return List.copyOf(rooms);
    }
}
