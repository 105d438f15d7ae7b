package org.digitalweek.event.domain.model;

/**
 * The stable id of a room; unique across all venues of an edition.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record RoomId(String value) implements Comparable<RoomId> {

    /** Checks the id's syntax. */
    public RoomId {
        Ids.check("RoomId", value);
    }

    @Override
    public int compareTo(RoomId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
