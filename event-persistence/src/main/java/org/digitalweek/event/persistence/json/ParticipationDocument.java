package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;

import java.util.EnumSet;
import java.util.List;

import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;

/** A ministry's {@link Participation} as stored; its roles in the order of their declaration. */
record ParticipationDocument(String ministry, List<ParticipationRole> roles) {

    static ParticipationDocument of(Participation p) {
        return new ParticipationDocument(p.ministry().value(), List.copyOf(EnumSet.copyOf(p.roles())));
    }

    Participation toModel(String at) {
        return at(at, () -> new Participation(new MinistryId(ministry),
                roles.isEmpty() ? EnumSet.noneOf(ParticipationRole.class) : EnumSet.copyOf(roles)));
    }
}
