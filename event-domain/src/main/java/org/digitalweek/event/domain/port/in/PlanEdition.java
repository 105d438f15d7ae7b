package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: plan a new edition (or store an imported one) from a draft. */
public interface PlanEdition {

    /**
     * @param command the edition to plan
     * @return the stored edition, at version 1
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the draft has problems; nothing is stored
     * @throws org.digitalweek.event.domain.error.VersionConflictException when an edition with that id exists
     */
    Edition plan(PlanEditionCommand command);
}
