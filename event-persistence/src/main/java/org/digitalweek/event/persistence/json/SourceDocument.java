package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;

import java.util.Optional;

import org.digitalweek.event.domain.model.SourceIdentity;

/** Who a session is in the schedule it was imported from, {@link SourceIdentity}, as stored; never empty. */
record SourceDocument(Optional<String> guid, Optional<String> id, Optional<String> slug, Optional<String> kind) {

    /**
     * @param source a session's source identity
     * @return it as stored; absent when it has no part, so that a session created here stores none
     */
    static Optional<SourceDocument> of(SourceIdentity source) {
        return source.isEmpty() ? Optional.empty()
                : Optional.of(new SourceDocument(source.guid(), source.id(), source.slug(), source.kind()));
    }

    SourceIdentity toModel(String at) {
        return at(at, () -> new SourceIdentity(guid, id, slug, kind));
    }
}
