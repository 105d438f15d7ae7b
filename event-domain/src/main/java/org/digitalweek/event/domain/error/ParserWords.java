package org.digitalweek.event.domain.error;

import java.util.regex.Pattern;

/**
 * A parser's own words on a document, kept for what they say about the text (an unexpected
 * character, a number with leading zeroes) but without what they say to the programmer who set the
 * parser up: the options it could enable ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`
 * to allow}, {@code Feature 'ALLOW_COMMENTS' not enabled}) and any other name in code quotes. A person
 * reading why their document was refused has no such switch. One place, for every adapter that
 * passes a parser's message on.
 */
public final class ParserWords {

    /** {@code : enable `X.Y` to allow}, {@code (consider enabling `X.Y` to allow …)}. */
    private static final Pattern ENABLE = Pattern.compile(
            ":?\\s*\\(?\\s*(?:consider\\s+)?enabl(?:e|ing)\\s+`[^`]*`(?:\\s+to allow(?:[^()]|\\([^()]*\\))*)?\\)?",
            Pattern.CASE_INSENSITIVE);
    /** {@code require enabling `X.Y`}. */
    private static final Pattern REQUIRE = Pattern.compile("\\s*require\\s+enabling\\s+`[^`]*`");
    /** {@code (not recognized as one since Feature 'X' not enabled for parser)}. */
    private static final Pattern FEATURE = Pattern.compile("\\s*\\([^()]*Feature '[^']*'[^()]*\\)");
    /** {@code You can disable the check via `X.Y`}. */
    private static final Pattern DISABLE = Pattern.compile("\\.?\\s*You can disable[^`]*`[^`]*`");
    /** Any other name in code quotes that looks like code: {@code `JsonToken.NOT_AVAILABLE`}. */
    private static final Pattern CODE = Pattern.compile("`[A-Za-z_$][\\w$]*(?:\\.[\\w$]+)+`");

    private ParserWords() {
    }

    /**
     * @param message a parser's message, or null
     * @return the message without the parser's option and type names; empty for null
     */
    public static String plain(String message) {
        if (message == null) {
            return "";
        }
        String words = REQUIRE.matcher(message).replaceAll(" are not allowed");
        words = ENABLE.matcher(words).replaceAll("");
        words = FEATURE.matcher(words).replaceAll("");
        words = DISABLE.matcher(words).replaceAll("");
        words = CODE.matcher(words).replaceAll("a value");
        return words.strip();
    }
}
