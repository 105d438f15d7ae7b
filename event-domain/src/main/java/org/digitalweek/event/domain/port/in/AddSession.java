package org.digitalweek.event.domain.port.in;


/** Use case: add a session to the programme. */
public interface AddSession {

    /**
     * @param command the session
     * @return the stored edition with its new version, and the findings of the
     *         programme rules the change caused and resolved
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the command, or the edition once changed,
     *         breaks the model's rules, with every problem; nothing changed
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the edition's current version is not the
     *         expected one: someone changed it since it was read; nothing changed
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the edition is archived or already has a
     *         session with that id; nothing changed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    ChangeOutcome add(AddSessionCommand command);
}
