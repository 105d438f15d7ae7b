package org.digitalweek.event.domain.model;

/**
 * The stable id of a track of the theme.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record TrackId(String value) implements Comparable<TrackId> {

    /** Checks the id's syntax. */
    public TrackId {
        Ids.check("TrackId", value);
    }

    @Override
    public int compareTo(TrackId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
