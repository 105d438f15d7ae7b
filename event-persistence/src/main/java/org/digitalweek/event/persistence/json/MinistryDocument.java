package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;

/** A {@link Ministry} as stored. */
record MinistryDocument(String id, String country, Map<String, String> name, Optional<String> acronym,
                        Optional<Map<String, String>> illustrativeNote) {

    static MinistryDocument of(Ministry m) {
        return new MinistryDocument(m.id().value(), m.country().code(), m.name().values(), m.acronym(),
                note(m.provenance()));
    }

    Ministry toModel(String at) {
        return at(at, () -> new Ministry(new MinistryId(id), Conversions.country(country, child(at, "country")),
                text(name, child(at, "name")),
                acronym, provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
