package org.digitalweek.event.domain.port.in;

import java.util.List;

import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.ReleaseSummary;

/** Use case: read an edition's releases. */
public interface QueryReleases {

    /**
     * @param query which edition
     * @return its releases, by number
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    List<ReleaseSummary> releases(EditionQueryById query);

    /**
     * @param query which edition and release
     * @return the release
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when the edition has no such release
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    Release release(ReleaseQuery query);
}
