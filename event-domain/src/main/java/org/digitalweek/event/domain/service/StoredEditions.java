package org.digitalweek.event.domain.service;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.port.out.Editions;

/** The reads every use case starts with, and the refusals they share. */
final class StoredEditions {

    private StoredEditions() {
    }

    static Edition load(Editions editions, String editionId) {
        return editions.load(new EditionId(editionId)).orElseThrow(() -> new EditionNotFoundException(editionId));
    }

    /** Loads the edition and checks that the caller read its current version. */
    static Edition loadAt(Editions editions, String editionId, long expectedVersion) {
        Edition current = load(editions, editionId);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(editionId, expectedVersion, current.version());
        }
        return current;
    }

    /** Loads the edition at the caller's version and refuses it if archived or at the last version. */
    static Edition loadChangeable(Editions editions, String editionId, long expectedVersion) {
        Edition current = loadAt(editions, editionId, expectedVersion);
        if (current.publicView().status() == EditionStatus.ARCHIVED) {
            throw new ForbiddenChangeException(editionId, "une édition archivée ne change plus",
                    "an archived edition is no longer changed");
        }
        requireNextVersion(current);
        return current;
    }

    /**
     * Refuses to change an edition whose version has no next: a stored version of
     * {@link Long#MAX_VALUE} (written by hand, or by another program) would overflow to a negative
     * one. A refusal of the input, not a failure of the program.
     */
    static void requireNextVersion(Edition current) {
        if (current.version() == Long.MAX_VALUE) {
            throw new ForbiddenChangeException(current.id().value(),
                    "sa version, " + Long.MAX_VALUE + ", est la plus grande possible : elle n'a pas de suivante",
                    "its version, " + Long.MAX_VALUE + ", is the largest possible: it has no next one");
        }
    }
}
