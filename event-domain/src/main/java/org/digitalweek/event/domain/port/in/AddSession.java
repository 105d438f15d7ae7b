package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: add a session to the programme. */
public interface AddSession {

    /**
     * @param command the session
     * @return the stored edition
     */
    Edition add(AddSessionCommand command);
}
