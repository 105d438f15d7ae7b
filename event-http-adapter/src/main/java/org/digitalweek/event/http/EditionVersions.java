package org.digitalweek.event.http;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/**
 * The stored version of an edition, read cheaply from the list of editions before any body is
 * built, so that a client holding the current {@code ETag} gets its 304 at the cost of that read.
 */
final class EditionVersions {

    private EditionVersions() {
    }

    /**
     * @param api       the use cases
     * @param editionId the edition, as the request names it
     * @return its current version
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id (the
     *         domain's own refusal, in the request's language)
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the id is not one
     */
    static long current(ApiContext api, String editionId) {
        for (EditionSummary summary : api.programme().editions(EditionQuery.ALL)) {
            if (summary.id().value().equals(editionId)) {
                return summary.version();
            }
        }
        // Not listed: the domain's read of it says why (unknown id, or an id that is not one).
        return api.programme().edition(new EditionQueryById(editionId)).version();
    }
}
