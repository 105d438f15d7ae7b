package org.digitalweek.event.domain.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/** An edition's sessions that will take place, with its rooms and people indexed by id for the checks. */
final class Programme {

    private final PublicEdition edition;
    private final List<Session> active;
    private final Map<RoomId, Room> rooms = new HashMap<>();
    private final Map<RoomId, VenueId> venueOfRoom = new HashMap<>();
    private final Map<OfficialId, Official> officials = new HashMap<>();

    Programme(PublicEdition edition) {
        this.edition = edition;
        this.active = edition.sessions().stream().filter(s -> !s.isCancelled()).sorted(OverlapSweep.BY_START).toList();
        for (Venue venue : edition.venues()) {
            for (Room room : venue.rooms()) {
                rooms.put(room.id(), room);
                venueOfRoom.put(room.id(), venue.id());
            }
        }
        edition.officials().forEach(o -> officials.put(o.id(), o));
    }

    PublicEdition edition() {
        return edition;
    }

    /**
     * @return the sessions that are not cancelled, sorted once for every sweep, in the order
     *         {@link OverlapSweep#BY_START}; a room's or a person's sessions taken from it in
     *         turn are in that order too
     */
    List<Session> active() {
        return active;
    }

    Optional<Room> room(Session session) {
        return session.room().map(rooms::get);
    }

    Optional<VenueId> venue(Session session) {
        return session.room().map(venueOfRoom::get);
    }

    Official official(OfficialId id) {
        return officials.get(id);
    }
}
