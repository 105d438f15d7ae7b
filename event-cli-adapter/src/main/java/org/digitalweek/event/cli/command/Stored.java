package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** Reads of the store that several commands share. */
final class Stored {

    private Stored() {
    }

    /**
     * @param app     the run
     * @param edition an edition id as the user typed it, checked like a use case's input
     * @return the edition's public view
     * @throws InvalidInputException when it is not an id
     * @throws EditionNotFoundException when the store does not hold it
     */
    static PublicEdition edition(Invocation app, String edition) {
        app.root().validator().check("l'édition demandée", "the edition asked for", new EditionQueryById(edition));
        return app.root().editions().load(new EditionId(edition)).orElseThrow(
                () -> new EditionNotFoundException(edition)).publicView();
    }
}
