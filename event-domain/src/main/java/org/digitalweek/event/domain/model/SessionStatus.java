package org.digitalweek.event.domain.model;

import org.digitalweek.event.domain.error.Bilingual;

/** Whether a session will take place. */
public enum SessionStatus {
    /** It will take place as planned. */
    CONFIRMED("confirmée", "confirmed"),
    /** It is planned but not confirmed. */
    TENTATIVE("à confirmer", "tentative"),
    /** It will not take place; it stays in the programme so calendars can remove it. */
    CANCELLED("annulée", "cancelled");

    private final String nameFr;
    private final String nameEn;

    SessionStatus(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the status in words a person reads, e.g. {@code annulée} / {@code cancelled}
     */
    public String displayName(String language) {
        return Bilingual.pick(language, nameFr, nameEn);
    }
}
