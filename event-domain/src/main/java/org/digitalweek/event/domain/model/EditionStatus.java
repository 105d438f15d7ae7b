package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** Where an edition is in its life. */
public enum EditionStatus {
    /** Being planned; not public yet. */
    DRAFT("brouillon", "draft"),
    /** Public; changes are published as new releases. */
    PUBLISHED("publiée", "published"),
    /** Over and kept for the record; no longer changed. */
    ARCHIVED("archivée", "archived");

    private final String nameFr;
    private final String nameEn;

    EditionStatus(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the status in words a person reads, e.g. {@code publiée} / {@code published}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }

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
