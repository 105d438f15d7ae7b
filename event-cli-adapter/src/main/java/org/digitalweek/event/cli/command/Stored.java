package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;

/** Reads of the store that several commands share. */
final class Stored {

    private Stored() {
    }

    /**
     * @param app     the run
     * @param edition an edition id, already checked by a use case
     * @return the edition's public view
     * @throws EditionNotFoundException when the store does not hold it
     */
    static PublicEdition edition(Invocation app, String edition) {
        return app.root().editions().load(new EditionId(edition)).orElseThrow(
                () -> new EditionNotFoundException(edition)).publicView();
    }
}
