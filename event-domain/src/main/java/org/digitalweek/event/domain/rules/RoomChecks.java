package org.digitalweek.event.domain.rules;

import java.util.List;

import org.digitalweek.event.domain.model.Room;
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
        Buckets byRoom = byRoom(programme);
        int[] sessions = byRoom.items();
        for (int r = 0; r < byRoom.count(); r++) {
            Room room = programme.rooms().room(r);
            OverlapSweep.groups(sessions, byRoom.from(r), byRoom.to(r), programme.times(),
                    (from, to) -> report(sink, room, programme.inProgrammeOrder(sessions, from, to)));
        }
    }

    /** @return each room's sessions that need it to themselves, in order of start */
    private static Buckets byRoom(Programme programme) {
        int[] sizes = new int[programme.rooms().count()];
        for (int n = 0; n < programme.count(); n++) {
            if (programme.exclusive(n)) {
                sizes[programme.room(n)]++;
            }
        }
        Buckets byRoom = new Buckets(sizes);
        for (int n : programme.byStart()) {
            if (programme.exclusive(n)) {
                byRoom.add(programme.room(n), n);
            }
        }
        return byRoom;
    }

    private static void report(Sink sink, Room room, List<Session> group) {
        ClashGroup.report(sink, Rule.ROOM_DOUBLE_BOOKED, group, List.of(), List.of(room.id()),
                "La salle « " + room.name().resolve("fr") + " » (" + room.id() + ") accueille",
                "Room \"" + room.name().resolve("en") + "\" (" + room.id() + ") holds");
    }
}
