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
     * @throws org.digitalweek.event.domain.rules.ProgrammeHasErrorsException when the programme has ERROR findings;
     *         nothing changed
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the edition is archived or the label
     *         is taken; nothing changed
     */
    Release publish(PublishEditionCommand command);
}
