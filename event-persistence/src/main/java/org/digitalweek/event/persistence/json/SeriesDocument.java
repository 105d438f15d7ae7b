package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.country;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;

import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;

/** A {@link Series} as stored. */
record SeriesDocument(String id, String hostCountry, Map<String, String> name) {

    static SeriesDocument of(Series s) {
        return new SeriesDocument(s.id().value(), s.hostCountry().code(), s.name().values());
    }

    Series toModel(String at) {
        return at(at, () -> new Series(new SeriesId(id), country(hostCountry, child(at, "hostCountry")),
                text(name, child(at, "name"))));
    }
}
