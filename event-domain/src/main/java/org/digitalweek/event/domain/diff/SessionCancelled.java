package org.digitalweek.event.domain.diff;

import org.digitalweek.event.domain.model.Session;

/**
 * A session whose status became {@code CANCELLED}: it stays in the programme so that calendars can
 * remove it.
 *
 * @param before the session as it was; not cancelled
 * @param after  the session as it is; cancelled
 */
public record SessionCancelled(Session before, Session after) implements SessionChange {

    /** Checks that both are states of one session and that only the later one is cancelled. */
    public SessionCancelled {
        Checks.sameSession(before, after, "SessionCancelled");
        Checks.require(!before.isCancelled() && after.isCancelled(), "SessionCancelled",
                "session '" + after.id() + "' must go from not cancelled to cancelled");
    }

    @Override
    public Session latest() {
        return after;
    }
}
