package org.digitalweek.event.domain.model;

import java.util.Objects;

/**
 * A strand of the theme that sessions belong to (digital governance, artificial intelligence, culture, …).
 *
 * @param id   the stable id of the track
 * @param name the name of the track; not empty
 */
public record Track(TrackId id, LocalizedText name) {

    /** Checks that no part is missing. */
    public Track {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Invariants.require(!name.isEmpty(), "Track", "name must not be empty");
    }
}
