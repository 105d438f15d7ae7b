package org.digitalweek.event.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * Editions kept in memory, for tests and for embedders that persist elsewhere. Thread-safe: each
 * save, publication or delete is one atomic compare-and-set on the edition's version. Editions and
 * releases are immutable, so what is stored cannot be changed by a caller.
 */
public final class InMemoryEditions implements Editions {

    /** An edition with its releases, replaced whole on every change. */
    private record Stored(Edition edition, List<Release> releases) {
    }

    private final ConcurrentMap<EditionId, Stored> editions = new ConcurrentHashMap<>();

    @Override
    public Optional<Edition> load(EditionId id) {
        return Optional.ofNullable(editions.get(id)).map(Stored::edition);
    }

    @Override
    public Edition save(Edition edition, long expectedVersion) {
        return store(edition, expectedVersion, null);
    }

    @Override
    public Edition publish(Edition edition, long expectedVersion, Release release) {
        return store(edition, expectedVersion, release);
    }

    private Edition store(Edition edition, long expectedVersion, Release release) {
        return editions.compute(edition.id(), (id, current) -> {
            long actual = current == null ? 0 : current.edition().version();
            if (actual != expectedVersion) {
                throw new VersionConflictException(id.value(), expectedVersion, actual);
            }
            List<Release> releases = new ArrayList<>(current == null ? List.of() : current.releases());
            if (release != null) {
                release.requireNext(id, releases.size());
                releases.add(release);
            }
            return new Stored(edition.atVersion(expectedVersion + 1), List.copyOf(releases));
        }).edition();
    }

    @Override
    public List<ReleaseSummary> releases(EditionId id) {
        Stored stored = editions.get(id);
        return stored == null ? List.of() : stored.releases().stream().map(ReleaseSummary::of).toList();
    }

    @Override
    public Optional<Release> release(EditionId id, int number) {
        Stored stored = editions.get(id);
        if (stored == null || number < 1 || number > stored.releases().size()) {
            return Optional.empty();
        }
        return Optional.of(stored.releases().get(number - 1));
    }

    @Override
    public List<EditionSummary> list(EditionQuery query) {
        return editions.values().stream().map(s -> EditionSummary.of(s.edition().publicView()))
                .filter(query::matches).sorted(EditionSummary.ORDER).toList();
    }

    @Override
    public void delete(EditionId id, long expectedVersion) {
        editions.compute(id, (key, current) -> {
            if (current == null) {
                throw new EditionNotFoundException(key.value());
            }
            if (current.edition().version() != expectedVersion) {
                throw new VersionConflictException(key.value(), expectedVersion, current.edition().version());
            }
            return null;
        });
    }
}
