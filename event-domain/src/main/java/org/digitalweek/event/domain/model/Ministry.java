package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A ministry or other public body of a country (the Primature, an agency, …).
 *
 * @param id         the stable id
 * @param country    the country it belongs to
 * @param name       its full official name; not empty
 * @param acronym    its acronym, if it has one in use
 * @param provenance whether its source reports it
 */
public record Ministry(MinistryId id, Country country, LocalizedText name, Optional<String> acronym,
                       Provenance provenance) {

    /** Checks that no part is missing and the acronym is not blank. */
    public Ministry {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(country, "'country' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(acronym, "'acronym' must not be null");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
        Invariants.require(!name.isEmpty(), "Ministry", "name must not be empty");
        acronym.ifPresent(a -> Invariants.notBlank(a, "Ministry", "acronym"));
    }
}
