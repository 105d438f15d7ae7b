package org.digitalweek.event.persistence.json;

import org.digitalweek.event.domain.edition.Edition;

/**
 * What an edition file holds: the edition, and how many of its releases are committed. Release
 * files numbered above {@code releaseCount} are orphans of an interrupted publication.
 *
 * @param edition      the edition, at its stored version
 * @param releaseCount the number of its last committed release; 0 when it has none
 */
record StoredEdition(Edition edition, int releaseCount) {

    long version() {
        return edition.version();
    }
}
