package org.digitalweek.event.domain.port.out;

import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;

/**
 * Out-port: where editions are stored. Every save is whole or not at all, and guarded by the
 * version the writer read, so that two people editing at once never silently overwrite each other.
 * Versions start at 0 for an edition never stored; each save adds one.
 */
public interface Editions {

    /**
     * @param id an edition id
     * @return the stored edition, if any
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    Optional<Edition> load(EditionId id);

    /**
     * @param edition         the edition to store, whole
     * @param expectedVersion the version in the store the writer started from; 0 to create
     * @return the edition as stored, at version {@code expectedVersion + 1}
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the stored version differs; nothing changed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be written; nothing changed
     */
    Edition save(Edition edition, long expectedVersion);

    /**
     * @param query which editions
     * @return a summary of each matching edition, by series, then number, then id
     */
    List<EditionSummary> list(EditionQuery query);

    /**
     * @param id              the edition
     * @param expectedVersion the version the caller read
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when there is no such edition
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the stored version differs
     */
    void delete(EditionId id, long expectedVersion);
}
