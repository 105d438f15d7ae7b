package org.digitalweek.event.domain.port.out;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * Out-port: where editions and their releases are stored. Every save is whole or not at all, and
 * guarded by the version the writer read, so that two people editing at once never silently
 * overwrite each other. Versions start at 0 for an edition never stored; each save adds one.
 * Releases are kept beside their edition, append-only, and loaded one at a time. A store may hold
 * resources (a database connection): close it when done.
 */
public interface Editions extends AutoCloseable {

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
     * Saves the edition and appends its new release, both or neither.
     *
     * @param edition         the edition to store, whole
     * @param expectedVersion the version in the store the writer started from
     * @param release         the next release: numbered one more than the last, frozen from {@code edition}
     * @return the edition as stored, at version {@code expectedVersion + 1}
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the stored version differs; nothing changed
     * @throws org.digitalweek.event.domain.error.InvariantViolationException when the release is not the next one of
     *         that edition; nothing changed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be written; nothing changed
     */
    Edition publish(Edition edition, long expectedVersion, Release release);

    /**
     * @param id an edition id
     * @return a summary of each of its releases, by number; empty when it has none or is not stored
     */
    List<ReleaseSummary> releases(EditionId id);

    /**
     * @param id     an edition id
     * @param number a release number
     * @return the release, if the edition has it
     */
    Optional<Release> release(EditionId id, int number);

    /**
     * @param query which editions
     * @return a summary of each matching edition, by series, then number, then id
     */
    List<EditionSummary> list(EditionQuery query);

    /**
     * @return whether the store holds no edition; a store may answer without reading any edition
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    default boolean isEmpty() {
        return list(EditionQuery.ALL).isEmpty();
    }

    /**
     * Deletes an edition and its releases.
     *
     * @param id              the edition
     * @param expectedVersion the version the caller read
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when there is no such edition
     * @throws org.digitalweek.event.domain.error.VersionConflictException when the stored version differs
     */
    void delete(EditionId id, long expectedVersion);

    /**
     * Where on this machine the store keeps its data, so that a tool that writes files where a user
     * says (an export's {@code --output}) can refuse to write among them: nothing stored must be lost
     * or rewritten by a mistyped path.
     *
     * @return real paths (links followed); a folder stands for everything in it. Empty for a store
     *         that keeps no local file (in memory, or on a database server)
     */
    default List<Path> localFiles() {
        return List.of();
    }

    /**
     * Releases what the store holds; a store without resources does nothing.
     *
     * @throws org.digitalweek.event.domain.error.StorageFailureException when closing fails
     */
    @Override
    default void close() {
    }
}
