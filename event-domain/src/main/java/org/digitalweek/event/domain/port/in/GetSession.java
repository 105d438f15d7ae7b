package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.model.Session;

/** Use case: read one session of an edition. */
public interface GetSession {

    /**
     * @param query which session
     * @return the session, cancelled or not
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such session
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    Session session(SessionQuery query);
}
