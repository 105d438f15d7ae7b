package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;

import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;

/** A {@link Track} of the theme as stored. */
record TrackDocument(String id, Map<String, String> name) {

    static TrackDocument of(Track t) {
        return new TrackDocument(t.id().value(), t.name().values());
    }

    Track toModel(String at) {
        return at(at, () -> new Track(new TrackId(id), text(name, child(at, "name"))));
    }
}
