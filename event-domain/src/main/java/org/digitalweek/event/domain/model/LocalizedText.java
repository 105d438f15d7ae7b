package org.digitalweek.event.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * A text in several languages, keyed by canonical BCP 47 tags. Which of them a reader gets is
 * decided by {@link ReaderLanguage}: the first language of its chain that the text has, then any.
 * A text may be empty (no languages), for optional fields such as an abstract.
 *
 * @param values the text per language tag, in tag order; no blank value; an immutable map, kept small
 *               (an edition holds two or three texts a session)
 */
public record LocalizedText(Map<String, String> values) {

    /** The text in no language. */
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /** Canonicalizes the tags and checks that no value is blank. */
    public LocalizedText {
        Objects.requireNonNull(values, "'values' must not be null");
        SortedMap<String, String> canonical = new TreeMap<>();
        values.forEach((tag, text) -> {
            String key = Invariants.languageTag(tag, "LocalizedText");
            Objects.requireNonNull(text, () -> "'text in '" + key + "'' must not be null");
            Invariants.require(!text.isBlank(), "LocalizedText", () -> "text in '" + key + "' must not be blank");
            Invariants.require(canonical.put(key, text) == null, "LocalizedText",
                    () -> "language '" + key + "' given twice");
        });
        values = LanguageTexts.of(canonical);
    }

    /**
     * @param text the French text
     * @return a text in French only
     */
    public static LocalizedText fr(String text) {
        return of(LanguageTags.FRENCH, text);
    }

    /**
     * @param tag  a BCP 47 tag
     * @param text the text in that language
     * @return a text in one language
     */
    public static LocalizedText of(String tag, String text) {
        return new LocalizedText(Map.of(tag, text));
    }

    /**
     * @param french  the French text
     * @param english the English text
     * @return a text in French and English
     */
    public static LocalizedText frEn(String french, String english) {
        return new LocalizedText(Map.of(LanguageTags.FRENCH, french, LanguageTags.ENGLISH, english));
    }

    /**
     * @param tag  a BCP 47 tag
     * @param text the text in that language
     * @return this text with that language added or replaced
     */
    public LocalizedText with(String tag, String text) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.remove(LanguageTags.canonical(tag).orElse(tag));
        copy.put(tag, text);
        return new LocalizedText(copy);
    }

    /** @return whether the text has no language */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * @param tag a BCP 47 tag
     * @return the text in exactly that language, if present
     */
    public Optional<String> exactly(String tag) {
        return LanguageTags.canonical(tag).map(values::get);
    }

    /**
     * The text for a reader who asked for {@code tag} and for no edition in particular: as
     * {@code resolve(ReaderLanguage.of(tag))}.
     *
     * @param tag the wanted language
     * @return the text in the first language of the reader's chain that it has, else in any
     *         language it has, else the empty string
     */
    public String resolve(String tag) {
        return resolve(ReaderLanguage.of(tag));
    }

    /**
     * @param reader the reader's language, as the policy decides it
     * @return the text in the first language of the reader's chain that it has, else in any
     *         language it has, else the empty string
     */
    public String resolve(ReaderLanguage reader) {
        return reader.choose(values);
    }

    /**
     * @return the language the text is mainly written in: French if it has French, else English,
     *         else its first language; empty for an empty text
     */
    public Optional<String> mainLanguage() {
        return ReaderLanguage.mainOf(List.copyOf(values.keySet()));
    }

    /** @return the French text, or its fallback */
    public String french() {
        return resolve(LanguageTags.FRENCH);
    }
}
