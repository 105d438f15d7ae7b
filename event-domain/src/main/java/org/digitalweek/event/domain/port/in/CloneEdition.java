package org.digitalweek.event.domain.port.in;


/**
 * Use case: start a new edition from an existing one — next year's edition of the series, or a
 * sister edition in another country — with dates moved so that weekdays and local times are kept.
 */
public interface CloneEdition {

    /**
     * @param command the source, the new id and start, and what changes
     * @return the new edition, stored as a draft at version 1, with every finding of the programme rules as caused
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the command, or the clone, breaks the
     *         model's rules, with every problem; nothing stored
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has the source's id
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the new id is taken; nothing stored
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    ChangeOutcome cloneEdition(CloneEditionCommand command);
}
