package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionOrigin;

/** The session a cloned session comes from, {@link SessionOrigin}, as stored. */
record OriginDocument(String edition, String session) {

    static OriginDocument of(SessionOrigin o) {
        return new OriginDocument(o.edition().value(), o.session().value());
    }

    SessionOrigin toModel(String at) {
        return at(at, () -> new SessionOrigin(new EditionId(edition), new SessionId(session)));
    }
}
