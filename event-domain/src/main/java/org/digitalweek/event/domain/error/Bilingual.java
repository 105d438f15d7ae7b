package org.digitalweek.event.domain.error;

import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * Picks the French or the English form of a message for a BCP 47 tag, as {@link ReaderLanguage}
 * decides: every two-language text of the domain (places, counts, the words of its enums) goes
 * through it.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /**
     * @param language a BCP 47 tag, or null
     * @param french   the text in French
     * @param english  the text in English
     * @return the text in that language
     */
    public static String pick(String language, String french, String english) {
        return ReaderLanguage.of(language).pick(french, english);
    }
}
