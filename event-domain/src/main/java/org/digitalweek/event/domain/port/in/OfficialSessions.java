package org.digitalweek.event.domain.port.in;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Session;

/**
 * An official and the sessions they take part in.
 *
 * @param official the official
 * @param sessions the sessions where they speak, moderate, preside or take part in any other role, in
 *                 programme order, cancelled ones included
 */
public record OfficialSessions(Official official, List<Session> sessions) {

    /** Checks that no part is missing and copies the list. */
    public OfficialSessions {
        Objects.requireNonNull(official, "'official' must not be null");
        sessions = List.copyOf(Objects.requireNonNull(sessions, "'sessions' must not be null"));
    }
}
