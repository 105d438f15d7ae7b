package org.digitalweek.event.domain.model;

import java.util.Objects;

/**
 * Where a cloned session comes from: the session of an earlier edition, or of a sister edition,
 * that served as its template.
 *
 * @param edition the edition it was cloned from
 * @param session the session it was cloned from
 */
public record SessionOrigin(EditionId edition, SessionId session) {

    /** Checks that no part is missing. */
    public SessionOrigin {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(session, "'session' must not be null");
    }

    @Override
    public String toString() {
        return edition + "/" + session;
    }
}
