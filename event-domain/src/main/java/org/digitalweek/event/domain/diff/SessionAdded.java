package org.digitalweek.event.domain.diff;

import java.util.Objects;

import org.digitalweek.event.domain.model.Session;

/**
 * A session that only the later programme has.
 *
 * @param session the session as the later programme has it
 */
public record SessionAdded(Session session) implements SessionChange {

    /** Checks that the session is given. */
    public SessionAdded {
        Objects.requireNonNull(session, "'session' must not be null");
    }

    @Override
    public Session latest() {
        return session;
    }
}
