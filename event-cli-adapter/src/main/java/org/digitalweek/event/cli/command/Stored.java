package org.digitalweek.event.cli.command;

import java.util.List;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;

/** Reads of the store that several commands share. */
final class Stored {

    private Stored() {
    }

    /**
     * @param app     the run
     * @param edition an edition id, as the user typed it
     * @return the edition's public view
     * @throws InvalidInputException when it is not an id
     * @throws EditionNotFoundException when the store does not hold it
     */
    static PublicEdition edition(Invocation app, String edition) {
        if (!Ids.isValid(edition)) {
            throw new InvalidInputException("EDITION", List.of(new Violation("EDITION", "Identifier",
                    "« " + edition + " » n'est pas un identifiant : lettres, chiffres et . _ : - seulement",
                    "'" + edition + "' is not an id: letters, digits and . _ : - only")));
        }
        return app.root().editions().load(new EditionId(edition)).orElseThrow(
                () -> new EditionNotFoundException(edition)).publicView();
    }
}
