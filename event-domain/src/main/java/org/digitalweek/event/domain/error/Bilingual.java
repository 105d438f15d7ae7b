package org.digitalweek.event.domain.error;

import org.digitalweek.event.domain.language.ReaderLanguage;

/** Picks the French or the English form of a message for a BCP 47 tag, as {@link ReaderLanguage} decides. */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(String language, String french, String english) {
        return ReaderLanguage.of(language).pick(french, english);
    }
}
