package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/**
 * The optimistic version of a change: the one the user gives with {@code --expected-version}, else
 * the stored edition's current one, read just before the change.
 */
final class CurrentVersion {

    private CurrentVersion() {
    }

    /**
     * @param app     the run
     * @param edition the edition's id as the user typed it; checked like a use case's input
     * @return the edition as stored now
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the id is malformed
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when the store does not hold it
     */
    static PublicEdition read(Invocation app, String edition) {
        app.root().validator().check("EditionQueryById", new EditionQueryById(edition));
        return Stored.edition(app, edition);
    }

    /**
     * @param current  the edition as stored now
     * @param expected the version the user gave, or null
     * @return the version the change must find in the store
     */
    static long expected(PublicEdition current, Long expected) {
        return expected != null ? expected : current.version();
    }
}
