package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;

import java.util.Optional;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;

/** A {@link Participant} of a session as stored. */
record ParticipantDocument(String official, ParticipantRole role, Optional<MandateDocument> onBehalfOf) {

    static ParticipantDocument of(Participant p) {
        return new ParticipantDocument(p.official().value(), p.role(), p.onBehalfOf().map(MandateDocument::of));
    }

    Participant toModel(String at) {
        return at(at, () -> new Participant(new OfficialId(official), role,
                onBehalfOf.map(m -> m.toModel(child(at, "onBehalfOf")))));
    }
}
