package org.digitalweek.event.cli.text;

import java.util.Locale;

import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * The language the command speaks: the language {@link ReaderLanguage} gives the library's own words
 * for the {@code --lang} tag, French unless English is asked for.
 */
public enum Language {
    /** French. */
    FR,
    /** English. */
    EN;

    /**
     * @param tag a BCP 47 tag such as {@code fr}, {@code en}, {@code en-GB} or {@code bm}; null for none
     * @return the language the policy decides for it: English for an English tag, French for any other
     */
    public static Language of(String tag) {
        return of(ReaderLanguage.of(tag));
    }

    /**
     * @param reader the reader's language, as the policy decides it
     * @return the language of its words
     */
    public static Language of(ReaderLanguage reader) {
        return reader.pick(FR, EN);
    }

    /** @return the BCP 47 tag: {@code fr} or {@code en} */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the locale of dates and numbers */
    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /**
     * @param french  the French text
     * @param english the English text
     * @return the text in this language
     */
    public String pick(String french, String english) {
        return this == FR ? french : english;
    }
}
