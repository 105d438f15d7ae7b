package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.model.Release;

/**
 * Use case: make an edition's programme public as a new, numbered release. Refused while the
 * programme rules find an error, and for an archived edition.
 */
public interface PublishEdition {

    /**
     * @param command which edition, and the release's label if the caller chooses one
     * @return the release, stamped with the clock's current time
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the command breaks its rules, with every
     *         problem; nothing changed
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the edition's current version is not the
     *         expected one; nothing changed
     * @throws org.digitalweek.event.domain.rules.ProgrammeHasErrorsException when the programme has ERROR findings;
     *         nothing changed
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the edition is archived or the label
     *         is taken; nothing changed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    Release publish(PublishEditionCommand command);
}
