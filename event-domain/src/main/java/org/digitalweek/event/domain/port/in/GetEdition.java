package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.model.PublicEdition;

/** Use case: read one edition's public view, with its stored version (e.g. for an {@code ETag}). */
public interface GetEdition {

    /**
     * @param query which edition
     * @return its public view; {@link PublicEdition#version()} is its stored version
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    PublicEdition edition(EditionQueryById query);
}
