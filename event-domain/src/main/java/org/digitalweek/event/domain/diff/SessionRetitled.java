package org.digitalweek.event.domain.diff;

import org.digitalweek.event.domain.model.Session;

/**
 * A session whose title changed, in any of its languages.
 *
 * @param before the session as it was
 * @param after  the session as it is
 */
public record SessionRetitled(Session before, Session after) implements SessionChange {

    /** Checks that both are states of one session and that its title changed. */
    public SessionRetitled {
        Checks.sameSession(before, after, "SessionRetitled");
        Checks.require(!before.title().equals(after.title()), "SessionRetitled",
                "session '" + after.id() + "' must change its title");
    }

    @Override
    public Session latest() {
        return after;
    }
}
