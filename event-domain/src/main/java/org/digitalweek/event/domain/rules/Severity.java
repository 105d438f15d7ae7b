package org.digitalweek.event.domain.rules;

import org.digitalweek.event.domain.language.ReaderLanguage;

/** How much a finding matters, from the most to the least serious. */
public enum Severity {
    /** The programme cannot be published while it stands. */
    ERROR("erreur", "error"),
    /** Something an organiser should look at; publishing is allowed. */
    WARNING("avertissement", "warning"),
    /** Worth knowing, e.g. a session still waiting for its room. */
    INFO("information", "information");

    private final String nameFr;
    private final String nameEn;

    Severity(String nameFr, String nameEn) {
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /**
     * @param language a BCP 47 tag
     * @return the severity's name, in French for {@code fr}, in English otherwise
     */
    public String displayName(String language) {
        return ReaderLanguage.of(language).pick(nameFr, nameEn);
    }
}
