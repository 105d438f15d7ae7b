package org.digitalweek.event.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A building that hosts sessions, with its rooms.
 *
 * @param id         the stable id
 * @param name       its full name; not empty
 * @param shortName  the short name in use (e.g. {@code CICB}), if any
 * @param city       the city, not blank; empty when not given
 * @param country    the country; empty when not given
 * @param rooms      its rooms, each id once
 * @param provenance whether its source reports the venue
 */
public record Venue(VenueId id, LocalizedText name, Optional<String> shortName, Optional<String> city,
                    Optional<Country> country,
                    List<Room> rooms, Provenance provenance) {

    /** The key of the room list, which finds a room by id (see {@code IdIndex}). */
    private static final Function<Room, RoomId> ROOM_ID = Room::id;

    /** Checks that no part is missing and room ids are unique. */
    public Venue {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(shortName, "'shortName' must not be null");
        Objects.requireNonNull(city, "'city' must not be null");
        city.ifPresent(c -> Invariants.notBlank(c, "Venue", "city"));
        Objects.requireNonNull(country, "'country' must not be null");
        rooms = IdIndex.of(rooms, ROOM_ID, "rooms");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
        Invariants.require(!name.isEmpty(), "Venue", "name must not be empty");
        shortName.ifPresent(s -> Invariants.notBlank(s, "Venue", "shortName"));
        Invariants.unique(rooms, Room::id, "Venue", "room");
    }

    /**
     * A venue whose city and country are given.
     *
     * @param id         the stable id
     * @param name       its full name; not empty
     * @param shortName  the short name in use, if any
     * @param city       the city; not blank
     * @param country    the country
     * @param rooms      its rooms, each id once
     * @param provenance whether its source reports the venue
     */
    public Venue(VenueId id, LocalizedText name, Optional<String> shortName, String city, Country country,
                 List<Room> rooms, Provenance provenance) {
        this(id, name, shortName, Optional.of(Objects.requireNonNull(city, "'city' must not be null")),
                Optional.of(Objects.requireNonNull(country, "'country' must not be null")), rooms, provenance);
    }

    /**
     * @param roomId a room id
     * @return the room of this venue with that id, if any; found in constant time
     */
    public Optional<Room> room(RoomId roomId) {
        return IdIndex.<RoomId, Room>view(rooms).find(roomId);
    }
}
