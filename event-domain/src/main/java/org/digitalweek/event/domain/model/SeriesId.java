package org.digitalweek.event.domain.model;

/**
 * The stable id of a series of editions (the Semaine du Numérique au Mali is {@code snm}).
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record SeriesId(String value) implements Comparable<SeriesId> {

    /** Checks the id's syntax. */
    public SeriesId {
        Ids.check("SeriesId", value);
    }

    @Override
    public int compareTo(SeriesId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
