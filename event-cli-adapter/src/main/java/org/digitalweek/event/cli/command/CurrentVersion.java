package org.digitalweek.event.cli.command;

import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The optimistic version of a change: the one the user gives with {@code --expected-version}, else
 * the stored edition's current one, read just before the change.
 */
final class CurrentVersion {

    private CurrentVersion() {
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
