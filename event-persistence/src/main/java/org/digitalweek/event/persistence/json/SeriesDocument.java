package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.country;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;

/** A {@link Series} as stored; a host country that is not given is absent. */
record SeriesDocument(String id, Optional<String> hostCountry, Map<String, String> name) {

    static SeriesDocument of(Series s) {
        return new SeriesDocument(s.id().value(), s.hostCountry().map(Country::code), s.name().values());
    }

    Series toModel(String at) {
        return at(at, () -> new Series(new SeriesId(id), hostCountry.map(c -> country(c, child(at, "hostCountry"))),
                text(name, child(at, "name"))));
    }
}
