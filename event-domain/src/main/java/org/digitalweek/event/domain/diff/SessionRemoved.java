package org.digitalweek.event.domain.diff;

import java.util.Objects;

import org.digitalweek.event.domain.model.Session;

/**
 * A session that only the earlier programme has. A session that will not take place but stays in
 * the programme is {@link SessionCancelled} instead.
 *
 * @param session the session as the earlier programme had it
 */
public record SessionRemoved(Session session) implements SessionChange {

    /** Checks that the session is given. */
    public SessionRemoved {
        Objects.requireNonNull(session, "'session' must not be null");
    }

    @Override
    public Session latest() {
        return session;
    }
}
