package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A room of a venue.
 *
 * @param id          the stable id; unique across all the venues of an edition
 * @param name        the name shown to attendees; not empty
 * @param capacity    how many people it seats, when known; zero or more
 * @param sharedSpace whether several sessions may use it at once (an exhibition hall, a foyer)
 * @param provenance  whether its source reports the room
 */
public record Room(RoomId id, LocalizedText name, OptionalInt capacity, boolean sharedSpace, Provenance provenance) {

    /** Checks that no part is missing and the capacity is not negative. */
    public Room {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(capacity, "'capacity' must not be null");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
        Invariants.require(!name.isEmpty(), "Room", "name must not be empty");
        Invariants.require(capacity.orElse(0) >= 0, "Room", "capacity must not be negative");
    }
}
