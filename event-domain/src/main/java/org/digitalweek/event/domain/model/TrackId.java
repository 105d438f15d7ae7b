package org.digitalweek.event.domain.model;

/**
 * The stable id of a track of the theme.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record TrackId(String value) implements Comparable<TrackId> {

    /**
     * Checks the id's syntax, and keeps one copy of its text however often it is read: an edition
     * names each room, track and official from many sessions, and stores and documents read every
     * mention as a new string.
     */
    public TrackId {
        Ids.check("TrackId", value);
        value = value.intern();
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
