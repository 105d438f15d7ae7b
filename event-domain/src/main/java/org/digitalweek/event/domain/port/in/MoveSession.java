package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: give a session a new time and, optionally, a new room. */
public interface MoveSession {

    /**
     * @param command where and when
     * @return the stored edition
     */
    Edition move(MoveSessionCommand command);
}
