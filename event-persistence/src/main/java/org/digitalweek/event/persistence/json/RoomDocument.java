package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;

/** A {@link Room} as stored; an absent capacity is unknown, a present note makes it illustrative. */
record RoomDocument(String id, Map<String, String> name, Optional<Integer> capacity, Boolean sharedSpace,
                    Optional<Map<String, String>> illustrativeNote) {

    static RoomDocument of(Room r) {
        return new RoomDocument(r.id().value(), r.name().values(),
                r.capacity().isPresent() ? Optional.of(r.capacity().getAsInt()) : Optional.empty(),
                r.sharedSpace(), note(r.provenance()));
    }

    Room toModel(String at) {
        return at(at, () -> new Room(new RoomId(id), text(name, child(at, "name")),
                capacity.map(OptionalInt::of).orElse(OptionalInt.empty()), sharedSpace,
                provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
