package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Precedence;

/** An {@link Official} as stored; an absent precedence means outside the protocol order. */
record OfficialDocument(String id, String fullName, String honorific, Map<String, String> postTitle,
                        Optional<String> ministry, Optional<Integer> precedence,
                        Optional<Map<String, String>> illustrativeNote) {

    static OfficialDocument of(Official o) {
        return new OfficialDocument(o.id().value(), o.fullName(), o.honorific(), o.postTitle().values(),
                o.ministry().map(MinistryId::value),
                o.precedence().isRanked() ? Optional.of(o.precedence().rank()) : Optional.empty(),
                note(o.provenance()));
    }

    Official toModel(String at) {
        return at(at, () -> new Official(new OfficialId(id), fullName, honorific,
                text(postTitle, child(at, "postTitle")), ministry.map(MinistryId::new),
                precedence.map(Precedence::new).orElse(Precedence.UNRANKED),
                provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
