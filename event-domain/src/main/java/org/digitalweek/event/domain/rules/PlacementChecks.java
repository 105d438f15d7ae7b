package org.digitalweek.event.domain.rules;

import java.time.LocalDateTime;
import java.util.List;

import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;

/**
 * The rules about one session at a time: {@link Rule#OUTSIDE_EDITION_DATES}, {@link Rule#OVER_CAPACITY}
 * and {@link Rule#ROOM_NOT_CHOSEN}. One pass, O(n).
 */
final class PlacementChecks {

    private PlacementChecks() {
    }

    static void run(Programme programme, Sink sink) {
        DateRange dates = programme.edition().dates();
        LocalDateTime opens = dates.start().atStartOfDay();
        LocalDateTime closes = dates.end().plusDays(1).atStartOfDay();
        for (Session s : programme.active()) {
            if (s.slot().start().isBefore(opens) || s.slot().end().isAfter(closes)) {
                outside(sink, s, dates);
            }
            programme.room(s).ifPresentOrElse(room -> capacity(sink, s, room), () -> noRoom(sink, s));
        }
    }

    private static void outside(Sink sink, Session s, DateRange dates) {
        sink.report(Rule.OUTSIDE_EDITION_DATES, List.of(s), List.of(), s.room().stream().toList(),
                "La session " + Messages.fr(s) + " sort des dates de l'édition, du " + dates.start() + " au "
                        + dates.end() + ".",
                "Session " + Messages.en(s) + " falls outside the edition's dates, " + dates.start() + " to "
                        + dates.end() + ".");
    }

    private static void capacity(Sink sink, Session s, Room room) {
        if (s.expectedAttendance().isEmpty() || room.capacity().isEmpty()
                || s.expectedAttendance().getAsInt() <= room.capacity().getAsInt()) {
            return;
        }
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
