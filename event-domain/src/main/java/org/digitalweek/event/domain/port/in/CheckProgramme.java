package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.rules.CheckReport;

/** Use case: find what is wrong with an edition's programme before it is published. */
public interface CheckProgramme {

    /**
     * @param query which edition
     * @return the findings of the programme rules, most serious first
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    CheckReport check(EditionQueryById query);
}
