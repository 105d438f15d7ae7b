package org.digitalweek.event.cli.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The language the environment asks for, as POSIX reads it: the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set and not empty.
     *
     * @param environment the environment variables
     * @return that locale as a BCP 47 tag ({@code en_US.UTF-8} gives {@code en-US}); empty when none is
     *         set, or for {@code C} and {@code POSIX}, which ask for no language in particular
     */
    public static Optional<String> tagOf(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return posixTag(value.strip());
            }
        }
        return Optional.empty();
    }

    /** {@code language[_TERRITORY][.codeset][@modifier]}: the codeset and modifier say nothing of the language. */
    private static Optional<String> posixTag(String locale) {
        String tag = locale.split("[.@]", 2)[0].replace('_', '-');
        if (tag.isEmpty() || tag.equals("C") || tag.equals("POSIX")) {
            return Optional.empty();
        }
        return Optional.of(tag);
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
