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
        ClashGroup.report(sink, Rule.ROOM_DOUBLE_BOOKED, group, List.of(), List.of(room.id()),
                "La salle « " + room.name().resolve("fr") + " » (" + room.id() + ") accueille",
                "Room \"" + room.name().resolve("en") + "\" (" + room.id() + ") holds");
    }
}
