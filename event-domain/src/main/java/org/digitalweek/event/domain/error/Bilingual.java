package org.digitalweek.event.domain.error;

import java.util.Locale;

/**
 * Picks the French or the English form of a message for a BCP 47 tag: the one choice every
 * two-language text of the domain (places, counts, the words of its enums) goes through, so that
 * the language policy is decided here and nowhere else.
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
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? french : english;
    }
}
