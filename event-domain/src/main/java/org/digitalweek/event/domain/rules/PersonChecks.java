package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
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

    /** Up to this many participants, a session's people are told apart by a list; beyond, by a set. */
    private static final int FEW = 8;

    private PersonChecks() {
    }

    static void run(Programme programme, Sink sink) {
        boolean twice = sink.isOn(Rule.PERSON_DOUBLE_BOOKED);
        boolean travel = sink.isOn(Rule.TRAVEL_TIME_TOO_SHORT);
        if (!twice && !travel) {
            return;
        }
        byPerson(programme).forEach((person, sessions) -> {
            Official who = programme.official(person);
            if (twice) {
                OverlapSweep.groups(sessions, group -> reportTwice(sink, who, group));
            }
            if (travel) {
                Duration buffer = sink.settings().travelBuffer();
                ShortJourneys.find(sessions, buffer, programme::venue, (a, b) -> reportTravel(sink, who, a, b, buffer));
            }
        });
    }

    private static Map<OfficialId, List<Session>> byPerson(Programme programme) {
        // Any order will do: the report sorts the findings. Sized for every official at once.
        Map<OfficialId, List<Session>> byPerson = new HashMap<>(programme.edition().officials().size() * 4 / 3 + 1);
        List<OfficialId> people = new ArrayList<>();
        Set<OfficialId> seen = new HashSet<>();
        for (Session s : programme.active()) { // plain loops: this runs for every participation
            people.clear();
            seen.clear();
            boolean few = s.participants().size() <= FEW; // a list's contains is cheaper for a handful
            for (Participant participant : s.participants()) {
                OfficialId who = participant.official();
                if (few ? !people.contains(who) : seen.add(who)) {
                    people.add(who);
                }
            }
            for (OfficialId person : people) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(s);
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
