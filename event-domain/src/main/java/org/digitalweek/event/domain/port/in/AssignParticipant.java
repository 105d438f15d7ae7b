package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: give a person a role in a session (presides, speaks, moderates, …). */
public interface AssignParticipant {

    /**
     * @param command who, where and in which role
     * @return the stored edition
     */
    Edition assign(AssignParticipantCommand command);
}
