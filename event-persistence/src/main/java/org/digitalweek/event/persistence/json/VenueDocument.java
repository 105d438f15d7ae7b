package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;
import static org.digitalweek.event.persistence.json.Conversions.toDocuments;
import static org.digitalweek.event.persistence.json.Conversions.toModels;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/** A {@link Venue} and its rooms as stored; a city or country that is not given is absent. */
record VenueDocument(String id, Map<String, String> name, Optional<String> shortName,
                     Optional<String> city, Optional<String> country,
                     List<RoomDocument> rooms, Optional<Map<String, String>> illustrativeNote) {

    static VenueDocument of(Venue v) {
        return new VenueDocument(v.id().value(), v.name().values(), v.shortName(), v.city(),
                v.country().map(Country::code),
                toDocuments(v.rooms(), RoomDocument::of), note(v.provenance()));
    }

    Venue toModel(String at) {
        return at(at, () -> new Venue(new VenueId(id), text(name, child(at, "name")), shortName, city,
                country.map(c -> Conversions.country(c, child(at, "country"))),
                toModels(rooms, child(at, "rooms"), RoomDocument::toModel),
                provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
