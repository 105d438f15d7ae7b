package org.digitalweek.event.domain.port.in;

import java.util.List;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;

/** Use case: list the stored editions, with their status, version and number of sessions. */
public interface ListEditions {

    /**
     * @param query the filters, all of which must hold; {@link EditionQuery#ALL} for every edition
     * @return the matching editions, by series, then number, then id
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    List<EditionSummary> editions(EditionQuery query);

    /**
     * @return whether the store holds no edition at all; a store may answer without reading any edition
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    default boolean holdsNoEdition() {
        return editions(EditionQuery.ALL).isEmpty();
    }
}
