package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: add a person to an edition's programme, or update them. */
public interface RegisterOfficial {

    /**
     * @param command the person
     * @return the stored edition
     */
    Edition register(RegisterOfficialCommand command);
}
