package org.digitalweek.event.domain.model;

/**
 * The stable id of a ministry or other public body.
 *
 * @param value letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters
 */
public record MinistryId(String value) implements Comparable<MinistryId> {

    /** Checks the id's syntax. */
    public MinistryId {
        Ids.check("MinistryId", value);
    }

    @Override
    public int compareTo(MinistryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
