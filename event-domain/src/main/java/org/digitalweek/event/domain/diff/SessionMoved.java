package org.digitalweek.event.domain.diff;

import org.digitalweek.event.domain.model.Session;

/**
 * A session that takes place at another time, in another room, or both. A room chosen, changed or
 * given up counts as a change of room.
 *
 * @param before the session as it was
 * @param after  the session as it is
 */
public record SessionMoved(Session before, Session after) implements SessionChange {

    /** Checks that both are states of one session and that its slot or its room changed. */
    public SessionMoved {
        Checks.sameSession(before, after, "SessionMoved");
        Checks.require(!before.slot().equals(after.slot()) || !before.room().equals(after.room()), "SessionMoved",
                "session '" + after.id() + "' must change its slot or its room");
    }

    /** @return whether the slot changed */
    public boolean timeChanged() {
        return !before.slot().equals(after.slot());
    }

    /** @return whether the room changed, including to or from no room */
    public boolean roomChanged() {
        return !before.room().equals(after.room());
    }

    @Override
    public Session latest() {
        return after;
    }
}
