package org.digitalweek.event.domain.model;

/**
 * The stable id of a session, stable across releases so calendars can update it.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record SessionId(String value) implements Comparable<SessionId> {

    /** Checks the id's syntax. */
    public SessionId {
        Ids.check("SessionId", value);
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
