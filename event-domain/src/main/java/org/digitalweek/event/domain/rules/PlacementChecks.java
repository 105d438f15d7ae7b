package org.digitalweek.event.domain.rules;

import java.util.List;

import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;

/**
 * The rules about one session at a time: {@link Rule#OUTSIDE_EDITION_DATES}, {@link Rule#OVER_CAPACITY}
 * and {@link Rule#ROOM_NOT_CHOSEN}. One pass over the programme's arrays, O(n).
 */
final class PlacementChecks {

    private PlacementChecks() {
    }

    static void run(Programme programme, Sink sink) {
        DateRange dates = programme.edition().dates();
        Timeline times = programme.times();
        RoomNumbers rooms = programme.rooms();
        for (int n = 0; n < programme.count(); n++) {
            if (times.start(n) < times.opens() || times.end(n) > times.closes()) {
                outside(sink, programme.session(n), dates);
            }
            int room = programme.room(n);
            if (room == RoomNumbers.NO_ROOM) {
                noRoom(sink, programme.session(n));
            } else if (programme.attendance(n) != Programme.UNKNOWN_ATTENDANCE
                    && rooms.capacity(room) != RoomNumbers.UNKNOWN_CAPACITY
                    && programme.attendance(n) > rooms.capacity(room)) {
                overCapacity(sink, programme.session(n), rooms.room(room));
            }
        }
    }

    private static void outside(Sink sink, Session s, DateRange dates) {
        sink.report(Rule.OUTSIDE_EDITION_DATES, List.of(s), List.of(), s.room().stream().toList(),
                "La session " + Messages.fr(s) + " sort des dates de l'édition, du " + dates.start() + " au "
                        + dates.end() + ".",
                "Session " + Messages.en(s) + " falls outside the edition's dates, " + dates.start() + " to "
                        + dates.end() + ".");
    }

    private static void overCapacity(Sink sink, Session s, Room room) {
        int expected = s.expectedAttendance().getAsInt();
        int seats = room.capacity().getAsInt();
        sink.report(Rule.OVER_CAPACITY, List.of(s), List.of(), List.of(room.id()),
                "La session " + Messages.fr(s) + " attend " + expected + " personnes, mais la salle « "
                        + room.name().resolve("fr") + " » (" + room.id() + ") n'en accueille que " + seats + ".",
                "Session " + Messages.en(s) + " expects " + expected + " people, but room \""
                        + room.name().resolve("en") + "\" (" + room.id() + ") seats only " + seats + ".");
    }

    private static void noRoom(Sink sink, Session s) {
        sink.report(Rule.ROOM_NOT_CHOSEN, List.of(s), List.of(), List.of(),
                "La session " + Messages.fr(s) + " n'a pas encore de salle.",
                "Session " + Messages.en(s) + " has no room yet.");
    }
}
