package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;

import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Precedence;

/** The authority a participant acts for, {@link Mandate}, as stored. */
record MandateDocument(Map<String, String> authority, Integer precedence) {

    static MandateDocument of(Mandate m) {
        return new MandateDocument(m.authority().values(), m.precedence().rank());
    }

    Mandate toModel(String at) {
        return at(at, () -> new Mandate(text(authority, child(at, "authority")), new Precedence(precedence)));
    }
}
