package org.digitalweek.event.domain.model;

/**
 * The stable id of an official or other person on the programme.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record OfficialId(String value) implements Comparable<OfficialId> {

    /**
     * Checks the id's syntax, and keeps one copy of its text however often it is read: an edition
     * names each room, track and official from many sessions, and stores and documents read every
     * mention as a new string.
     */
    public OfficialId {
        Ids.check("OfficialId", value);
        value = value.intern();
    }

    @Override
    public int compareTo(OfficialId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
