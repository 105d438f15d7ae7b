package org.digitalweek.event.domain.error;

import java.util.Locale;

/** Picks the French or the English form of a message for a BCP 47 tag. */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(String language, String french, String english) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("fr") ? french : english;
    }
}
