package org.digitalweek.event.domain.model;

/**
 * The stable id of a venue.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record VenueId(String value) implements Comparable<VenueId> {

    /** Checks the id's syntax. */
    public VenueId {
        Ids.check("VenueId", value);
    }

    @Override
    public int compareTo(VenueId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
