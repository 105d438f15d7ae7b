package org.digitalweek.event.persistence.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.out.EditionQuery;
import org.digitalweek.event.domain.port.out.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * Editions kept in memory, for tests and for embedders that persist elsewhere. Thread-safe: each
 * save or delete is one atomic compare-and-set on the edition's version. Editions are immutable, so
 * what is stored cannot be changed by a caller.
 */
public final class InMemoryEditions implements Editions {

    private final ConcurrentMap<EditionId, Edition> editions = new ConcurrentHashMap<>();

    @Override
    public Optional<Edition> load(EditionId id) {
        return Optional.ofNullable(editions.get(id));
    }

    @Override
    public Edition save(Edition edition, long expectedVersion) {
        return editions.compute(edition.id(), (id, current) -> {
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                throw new VersionConflictException(id.value(), expectedVersion, actual);
            }
            return edition.atVersion(expectedVersion + 1);
        });
    }

    @Override
    public List<EditionSummary> list(EditionQuery query) {
        return editions.values().stream().map(e -> EditionSummary.of(e.publicView())).filter(query::matches)
                .sorted(EditionSummary.ORDER).toList();
    }

    @Override
    public void delete(EditionId id, long expectedVersion) {
        editions.compute(id, (key, current) -> {
            if (current == null) {
                throw new EditionNotFoundException(key.value());
            }
            if (current.version() != expectedVersion) {
                throw new VersionConflictException(key.value(), expectedVersion, current.version());
            }
            return null;
        });
    }
}
