package org.digitalweek.event.domain.diff;

import org.digitalweek.event.domain.model.Session;

/**
 * A session that was cancelled and is no longer: it takes place again, confirmed or tentative.
 *
 * @param before the session as it was; cancelled
 * @param after  the session as it is; not cancelled
 */
public record SessionReinstated(Session before, Session after) implements SessionChange {

    /** Checks that both are states of one session and that only the earlier one is cancelled. */
    public SessionReinstated {
        Checks.sameSession(before, after, "SessionReinstated");
        Checks.require(before.isCancelled() && !after.isCancelled(), "SessionReinstated",
                "session '" + after.id() + "' must go from cancelled to not cancelled");
    }

    @Override
    public Session latest() {
        return after;
    }
}
