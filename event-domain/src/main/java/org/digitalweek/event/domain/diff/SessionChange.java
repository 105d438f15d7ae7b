package org.digitalweek.event.domain.diff;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;

/**
 * One way in which a session differs between two programmes. A session changed in several ways
 * yields several changes, always in this order: {@link SessionCancelled} or {@link SessionReinstated},
 * {@link SessionMoved}, {@link SessionRetitled}, {@link ParticipantsChanged}, {@link SessionDetailsChanged}.
 * A session only in the later programme is {@link SessionAdded}; one only in the earlier is
 * {@link SessionRemoved}.
 */
public sealed interface SessionChange permits SessionAdded, SessionRemoved, SessionCancelled, SessionReinstated,
        SessionMoved, SessionRetitled, ParticipantsChanged, SessionDetailsChanged {

    /**
     * The state of the session a reader needs to find it: the one in the later programme, or, for a
     * removed session, the one in the earlier programme. Its title and time are what a rendering shows.
     *
     * @return the latest known state of the session
     */
    Session latest();

    /** @return the stable id of the session that changed */
    default SessionId sessionId() {
        return latest().id();
    }
}
