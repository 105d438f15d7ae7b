package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.VenueId;

/**
 * {@link Rule#PERSON_DOUBLE_BOOKED} and {@link Rule#TRAVEL_TIME_TOO_SHORT}: one {@link OverlapSweep}
 * per person, over the sessions they take part in (once per session, whatever their roles), with
 * the travel buffer as the gap. A pair that overlaps is a double booking; a pair that does not
 * overlap but comes closer than the buffer is too short a journey when the two rooms are at
 * different venues. Sessions with no room have no venue and need no journey.
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
        Duration gap = travel ? sink.settings().travelBuffer() : Duration.ZERO;
        byPerson(programme).forEach((person, sessions) -> OverlapSweep.pairs(sessions, gap, (a, b) -> {
            Official who = programme.official(person);
            if (OverlapSweep.overlap(a, b)) {
                reportTwice(sink, who, a, b);
            } else if (atDifferentVenues(programme, a, b)) {
                reportTravel(sink, who, a, b, sink.settings().travelBuffer());
            }
        }));
    }

    private static Map<OfficialId, List<Session>> byPerson(Programme programme) {
        // Any order will do: the report sorts the findings. Sized for every official at once.
        Map<OfficialId, List<Session>> byPerson = new HashMap<>(programme.edition().officials().size() * 4 / 3 + 1);
        List<OfficialId> people = new ArrayList<>();
        for (Session s : programme.active()) { // plain loops: this runs for every participation
            people.clear();
            for (Participant participant : s.participants()) {
                if (!people.contains(participant.official())) {
                    people.add(participant.official());
                }
            }
            for (OfficialId person : people) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(s);
            }
        }
        return byPerson;
    }

    private static boolean atDifferentVenues(Programme programme, Session a, Session b) {
        Optional<VenueId> first = programme.venue(a);
        Optional<VenueId> second = programme.venue(b);
        return first.isPresent() && second.isPresent() && !first.equals(second);
    }

    private static void reportTwice(Sink sink, Official who, Session a, Session b) {
        sink.report(Rule.PERSON_DOUBLE_BOOKED, List.of(a, b), List.of(who.id()), rooms(a, b),
                who.displayName() + " (" + who.id() + ") est attendu(e) à deux sessions à la fois : "
                        + Messages.fr(a) + " et " + Messages.fr(b) + ".",
                who.displayName() + " (" + who.id() + ") is expected at two sessions at once: "
                        + Messages.en(a) + " and " + Messages.en(b) + ".");
    }

    private static void reportTravel(Sink sink, Official who, Session a, Session b, Duration buffer) {
        long minutes = Duration.between(a.slot().end(), b.slot().start()).toMinutes();
        sink.report(Rule.TRAVEL_TIME_TOO_SHORT, List.of(a, b), List.of(who.id()), rooms(a, b),
                who.displayName() + " (" + who.id() + ") n'a que " + minutes + " min pour changer de lieu entre "
                        + Messages.fr(a) + " et " + Messages.fr(b) + " ; il en faut " + buffer.toMinutes() + ".",
                who.displayName() + " (" + who.id() + ") has only " + minutes + " min to change venues between "
                        + Messages.en(a) + " and " + Messages.en(b) + "; " + buffer.toMinutes() + " are needed.");
    }

    private static List<RoomId> rooms(Session a, Session b) {
        List<RoomId> rooms = new ArrayList<>();
        a.room().ifPresent(rooms::add);
        b.room().filter(r -> !rooms.contains(r)).ifPresent(rooms::add);
        return rooms;
    }
}
