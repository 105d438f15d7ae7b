package org.digitalweek.event.domain.model;

/**
 * The stable id of an edition, stable across saves and exports (the sample edition is {@code snm-2026}).
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record EditionId(String value) implements Comparable<EditionId> {

    /** Checks the id's syntax. */
    public EditionId {
        Ids.check("EditionId", value);
    }

    @Override
    public int compareTo(EditionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
