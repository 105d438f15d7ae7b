package org.digitalweek.event.domain.port.in;


/** Use case: plan a new edition (or store an imported one) from a draft. */
public interface PlanEdition {

    /**
     * @param command the edition to plan
     * @return the stored edition, at version 1, with every finding of the programme rules as caused
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the draft has problems; nothing is stored
     * @throws org.digitalweek.event.domain.error.VersionConflictException when an edition with that id exists
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    ChangeOutcome plan(PlanEditionCommand command);
}
