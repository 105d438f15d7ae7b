package org.digitalweek.event.domain.port.in;

/** Use case: read one official of an edition and the sessions they take part in. */
public interface GetOfficial {

    /**
     * @param query which official
     * @return the official and their sessions
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such official
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    OfficialSessions official(OfficialQuery query);
}
