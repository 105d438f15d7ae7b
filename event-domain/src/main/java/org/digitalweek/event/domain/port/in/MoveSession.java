package org.digitalweek.event.domain.port.in;


/** Use case: give a session a new time and, optionally, a new room. */
public interface MoveSession {

    /**
     * @param command where and when
     * @return the stored edition with its new version, and the findings of the
     *         programme rules the change caused and resolved
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the command, or the edition once changed,
     *         breaks the model's rules, with every problem; nothing changed
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such session
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the edition's current version is not the
     *         expected one: someone changed it since it was read; nothing changed
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the edition is archived; nothing changed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read or written
     */
    ChangeOutcome move(MoveSessionCommand command);
}
