package org.digitalweek.event.export.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LocalizedText;

/**
 * Resolves texts in the reader's language, and tells when the text found is in another language
 * than the page, so the page can mark it ({@code lang}) for screen readers.
 */
final class Texts {

    private final ReaderLanguage language;
    private final String pageLanguage;

    Texts(ReaderLanguage language, String pageLanguage) {
        this.language = language;
        this.pageLanguage = primary(pageLanguage);
    }

    String get(LocalizedText text) {
        return text.resolve(language);
    }

    /** @return the tag of the language the text resolves to, when it is not the page's */
    Optional<String> foreignTag(LocalizedText text) {
        return language.choose(List.copyOf(text.values().keySet())).filter(tag -> !primary(tag).equals(pageLanguage));
    }

    private static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
