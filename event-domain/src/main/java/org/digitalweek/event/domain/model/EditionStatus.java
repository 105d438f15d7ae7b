package org.digitalweek.event.domain.model;

/** Where an edition is in its life. */
public enum EditionStatus {
    /** Being planned; not public yet. */
    DRAFT,
    /** Public; changes are published as new releases. */
    PUBLISHED,
    /** Over and kept for the record; no longer changed. */
    ARCHIVED;

    /**
     * @param next the wanted status
     * @return whether an edition in this status may move to {@code next}: a draft may be published,
     *         a published edition published again or archived, an archive never changed
     */
    public boolean mayMoveTo(EditionStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == PUBLISHED || next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
