package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: cancel a session; it stays in the programme, marked cancelled, so calendars remove it. */
public interface CancelSession {

    /**
     * @param command which session
     * @return the stored edition
     */
    Edition cancel(CancelSessionCommand command);
}
