package org.digitalweek.event.domain.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;

/**
 * {@link Rule#ROOM_DOUBLE_BOOKED}: one {@link OverlapSweep} per room, over the sessions that need
 * the room to themselves, and one finding per group of sessions that overlap there. Shared spaces
 * and sessions that allow parallel use never conflict.
 */
final class RoomChecks {

    private RoomChecks() {
    }

    static void run(Programme programme, Sink sink) {
        if (!sink.isOn(Rule.ROOM_DOUBLE_BOOKED)) {
            return;
        }
        Map<RoomId, List<Session>> byRoom = new HashMap<>(); // any order: the report sorts the findings
        for (Session s : programme.active()) {
            boolean exclusive = programme.room(s).map(r -> !r.sharedSpace()).orElse(false) && !s.parallelAllowed();
            if (exclusive) {
                byRoom.computeIfAbsent(s.room().orElseThrow(), r -> new ArrayList<>()).add(s);
            }
        }
        byRoom.forEach((roomId, sessions) -> {
            Room room = programme.edition().room(roomId).orElseThrow();
            OverlapSweep.groups(sessions, group -> report(sink, room, group));
        });
    }

    private static void report(Sink sink, Room room, List<Session> group) {
        String fr = "La salle « " + room.name().resolve("fr") + " » (" + room.id() + ")";
        String en = "Room \"" + room.name().resolve("en") + "\" (" + room.id() + ")";
        if (group.size() == 2) {
            sink.report(Rule.ROOM_DOUBLE_BOOKED, group, List.of(), List.of(room.id()),
                    fr + " accueille deux sessions à la fois : " + Messages.fr(group.get(0)) + " et "
                            + Messages.fr(group.get(1)) + ".",
                    en + " holds two sessions at once: " + Messages.en(group.get(0)) + " and "
                            + Messages.en(group.get(1)) + ".");
            return;
        }
        String span = Messages.slot(ClashGroup.span(group));
        sink.report(Rule.ROOM_DOUBLE_BOOKED, group, List.of(), List.of(room.id()),
                fr + " accueille " + group.size() + " sessions qui se chevauchent sur " + span + " : "
                        + ClashGroup.namedFr(group) + ".",
                en + " holds " + group.size() + " overlapping sessions over " + span + ": "
                        + ClashGroup.namedEn(group) + ".");
    }
}
