package org.digitalweek.event.domain.port.in;


/** Use case: close a published edition for the record; it is read-only from then on. */
public interface ArchiveEdition {

    /**
     * @param command which edition
     * @return the stored edition, archived, with its new version (its programme does not change)
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the command breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the edition's current version is not the
     *         expected one; nothing changed
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when it was never published or is archived
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    ChangeOutcome archive(ArchiveEditionCommand command);
}
