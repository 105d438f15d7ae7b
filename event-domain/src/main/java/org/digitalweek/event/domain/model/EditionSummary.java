package org.digitalweek.event.domain.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;


/**
 * A line about a stored edition, for listings and queries across editions.
 *
 * @param id           the edition
 * @param series       its series
 * @param number       its ordinal in the series
 * @param title        its title
 * @param dates        its days
 * @param hostCity     its host city; empty when not given
 * @param hostCountry  its host country; empty when not given
 * @param status       its status
 * @param version      its stored version
 * @param sessionCount how many sessions it has
 */
public record EditionSummary(EditionId id, SeriesId series, int number, LocalizedText title, DateRange dates,
                             Optional<String> hostCity, Optional<Country> hostCountry, EditionStatus status,
                             long version,
                             int sessionCount) {

    /** The order of listings: by series, then number, then id. */
    public static final Comparator<EditionSummary> ORDER = Comparator.comparing(EditionSummary::series)
            .thenComparingInt(EditionSummary::number).thenComparing(EditionSummary::id);

    /** Checks that no part is missing. */
    public EditionSummary {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(series, "'series' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(dates, "'dates' must not be null");
        Objects.requireNonNull(hostCity, "'hostCity' must not be null");
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        Objects.requireNonNull(status, "'status' must not be null");
    }

    /**
     * @param e an edition
     * @return its summary
     */
    public static EditionSummary of(PublicEdition e) {
        return new EditionSummary(e.id(), e.series().id(), e.number(), e.title(), e.dates(), e.hostCity(),
                e.hostCountry(), e.status(), e.version(), e.sessions().size());
    }
}
