package org.digitalweek.event.cli.command;

import java.util.List;
import java.util.StringJoiner;

import org.digitalweek.event.cli.text.Language;

/**
 * The one quoting style of each language for a name or a value the user typed: « x » in French,
 * with a space inside, and 'x' in English.
 */
final class Quotes {

    private Quotes() {
    }

    /**
     * @param language the language of the message
     * @param text     what to quote
     * @return the text quoted in that language's style
     */
    static String quote(Language language, String text) {
        return language.pick("« " + text + " »", "'" + text + "'");
    }

    /**
     * @param language the language of the message
     * @param texts    what to quote
     * @return each text quoted, separated by commas
     */
    static String each(Language language, List<String> texts) {
        StringJoiner joined = new StringJoiner(", ");
        for (String text : texts) {
            joined.add(quote(language, text));
        }
        return joined.toString();
    }

    /**
     * @param language the language of the message
     * @param texts    what to quote, at least one
     * @return each text quoted, the last after « ou » / "or": « a », « b » ou « c »
     */
    static String either(Language language, List<String> texts) {
        if (texts.size() == 1) {
            return quote(language, texts.get(0));
        }
        return each(language, texts.subList(0, texts.size() - 1)) + language.pick(" ou ", " or ")
                + quote(language, texts.get(texts.size() - 1));
    }
}
