package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** What a person does in a session. */
public enum ParticipantRole {
    /** Chairs the session (<i>préside</i>), e.g. the minister who opens a ceremony. */
    PRESIDES("préside", "presides"),
    /** Gives an address or a talk. */
    SPEAKER("intervenant", "speaker"),
    /** Leads a panel's discussion. */
    MODERATOR("modérateur", "moderator"),
    /** Sits on a panel. */
    PANELLIST("panéliste", "panellist"),
    /** Teaches a masterclass or a training. */
    TRAINER("formateur", "trainer"),
    /** Shows work at an exhibition. */
    EXHIBITOR("exposant", "exhibitor");

    private final String nameFr;
    private final String nameEn;

    ParticipantRole(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the role in words a person reads, e.g. {@code intervenant} / {@code speaker}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }
}
