package org.digitalweek.event.domain.model;

import java.time.Instant;
import java.util.Objects;


/**
 * A line about a release, for listings.
 *
 * @param edition        the edition
 * @param number         the release's number, from 1
 * @param label          its version label
 * @param publishedAt    when it was published
 * @param editionVersion the stored version of the edition it froze
 * @param sessionCount   how many sessions it holds, cancelled ones included
 */
public record ReleaseSummary(EditionId edition, int number, String label, Instant publishedAt, long editionVersion,
                             int sessionCount) {

    /** Checks that no part is missing. */
    public ReleaseSummary {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(label, "'label' must not be null");
        Objects.requireNonNull(publishedAt, "'publishedAt' must not be null");
    }

    /**
     * @param release a release
     * @return its summary
     */
    public static ReleaseSummary of(Release release) {
        return new ReleaseSummary(release.edition(), release.number(), release.label(), release.publishedAt(),
                release.programme().version(), release.programme().sessions().size());
    }
}
