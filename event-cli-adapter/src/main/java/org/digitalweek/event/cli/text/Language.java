package org.digitalweek.event.cli.text;

import java.util.Locale;

/** The language the command speaks: French, the programme's language, unless English is asked for. */
public enum Language {
    /** French. */
    FR,
    /** English. */
    EN;

    /**
     * @param tag a BCP 47 tag such as {@code fr}, {@code en} or {@code en-GB}
     * @return English for an English tag, French for any other
     */
    public static Language of(String tag) {
        return tag != null && Locale.forLanguageTag(tag.strip()).getLanguage().equals("en") ? EN : FR;
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
