package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** The part a ministry plays in an edition. */
public enum ParticipationRole {
    /** The ministry of the host country that receives the edition. */
    HOST("hôte", "host"),
    /** A ministry that organises the edition. */
    ORGANISER("organisateur", "organiser"),
    /** The ministry whose minister gives the edition patronage (<i>haut parrainage</i>). */
    PATRON("haut parrainage", "patron"),
    /** A ministry of another country that sends a delegation. */
    GUEST_DELEGATION("délégation invitée", "guest delegation"),
    /** A body that supports the edition. */
    PARTNER("partenaire", "partner");

    private final String nameFr;
    private final String nameEn;

    ParticipationRole(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the part in words a person reads, e.g. {@code hôte} / {@code host}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }
}
