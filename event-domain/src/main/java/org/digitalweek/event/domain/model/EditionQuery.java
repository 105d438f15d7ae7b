package org.digitalweek.event.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;


/**
 * Which editions to list, across series and years. An absent criterion matches every edition.
 *
 * @param series      editions of that series
 * @param hostCountry editions hosted in that country
 * @param status      editions in that status
 * @param activeOn    editions whose days include that day
 */
public record EditionQuery(Optional<SeriesId> series, Optional<Country> hostCountry, Optional<EditionStatus> status,
                           Optional<LocalDate> activeOn) {

    /** Every edition. */
    public static final EditionQuery ALL =
            new EditionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks that no part is missing. */
    public EditionQuery {
        Objects.requireNonNull(series, "'series' must not be null");
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(activeOn, "'activeOn' must not be null");
    }

    /**
     * @param series a series
     * @return the query for all editions of that series
     */
    public static EditionQuery inSeries(SeriesId series) {
        return new EditionQuery(Optional.of(series), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param summary an edition's summary
     * @return whether the edition matches every criterion
     */
    public boolean matches(EditionSummary summary) {
        return series.map(summary.series()::equals).orElse(true)
                && hostCountry.map(c -> summary.hostCountry().filter(c::equals).isPresent()).orElse(true)
                && status.map(summary.status()::equals).orElse(true)
                && activeOn.map(summary.dates()::contains).orElse(true);
    }
}
