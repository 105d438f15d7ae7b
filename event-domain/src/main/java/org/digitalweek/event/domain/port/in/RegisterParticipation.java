package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: record that a ministry takes part in an edition, and in which roles. */
public interface RegisterParticipation {

    /**
     * Adds the ministry to the edition if it is new, and sets its roles.
     *
     * @param command the ministry and its roles
     * @return the stored edition
     */
    Edition register(RegisterParticipationCommand command);
}
