package org.digitalweek.event.domain.port.in;

import java.util.List;

import org.digitalweek.event.domain.model.Session;

/** Use case: read an edition's programme, by day, room, track or person. */
public interface QueryProgramme {

    /**
     * @param query the edition and the filters, all of which must hold
     * @return the matching sessions in programme order, cancelled ones included
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    List<Session> programme(ProgrammeQuery query);
}
