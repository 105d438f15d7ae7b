package org.digitalweek.event.domain.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Venue;

/**
 * An edition's rooms, numbered once from 0 for the checks, with what the rules ask of each: its
 * venue's number, whether it is a shared space, and its capacity.
 */
final class RoomNumbers {

    /** The number of no room: a session whose room is not chosen yet. */
    static final int NO_ROOM = -1;
    /** The capacity of a room whose capacity is not known. */
    static final int UNKNOWN_CAPACITY = -1;

    /** By the id's text: a {@code String}'s hash is kept, a record's is worked out at every lookup. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Room[] rooms;
    private final int[] venue;
    private final boolean[] shared;
    private final int[] capacity;

    RoomNumbers(PublicEdition edition) {
        List<Room> all = new ArrayList<>();
        List<Integer> venues = new ArrayList<>();
        for (int v = 0; v < edition.venues().size(); v++) {
            Venue place = edition.venues().get(v);
            for (Room room : place.rooms()) {
                numbers.put(room.id().value(), all.size());
                all.add(room);
                venues.add(v);
            }
        }
        rooms = all.toArray(Room[]::new);
        venue = new int[rooms.length];
        shared = new boolean[rooms.length];
        capacity = new int[rooms.length];
        for (int r = 0; r < rooms.length; r++) {
            venue[r] = venues.get(r);
            shared[r] = rooms[r].sharedSpace();
            capacity[r] = rooms[r].capacity().orElse(UNKNOWN_CAPACITY);
        }
    }

    /** @return the number of a room, or {@link #NO_ROOM} when the edition has no such room */
    int number(RoomId id) {
        Integer number = numbers.get(id.value());
        return number == null ? NO_ROOM : number;
    }

    /** @return how many rooms there are */
    int count() {
        return rooms.length;
    }

    /** @return room number {@code r} */
    Room room(int r) {
        return rooms[r];
    }

    /** @return the number of its venue, in the edition's order of venues */
    int venue(int r) {
        return venue[r];
    }

    /** @return whether it is a shared space, which never conflicts */
    boolean shared(int r) {
        return shared[r];
    }

    /** @return its capacity, or {@link #UNKNOWN_CAPACITY} */
    int capacity(int r) {
        return capacity[r];
    }
}
