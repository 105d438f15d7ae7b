package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A recurring event whose editions follow one another, e.g. the Semaine du Numérique au Mali.
 *
 * @param id          the stable id of the series
 * @param hostCountry the country that runs the series; empty when not given (an imported schedule may name none)
 * @param name        the name of the series; not empty
 */
public record Series(SeriesId id, Optional<Country> hostCountry, LocalizedText name) {

    /** Checks that no part is missing. */
    public Series {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Invariants.require(!name.isEmpty(), "Series", "name must not be empty");
    }

    /**
     * A series whose host country is given.
     *
     * @param id          the stable id of the series
     * @param hostCountry the country that runs the series
     * @param name        the name of the series; not empty
     */
    public Series(SeriesId id, Country hostCountry, LocalizedText name) {
        this(id, Optional.of(Objects.requireNonNull(hostCountry, "'hostCountry' must not be null")), name);
    }
}
