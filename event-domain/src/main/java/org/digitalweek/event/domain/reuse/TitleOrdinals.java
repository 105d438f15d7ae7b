package org.digitalweek.event.domain.reuse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.LocalizedText;

/**
 * Rewrites the ordinal a title states, so that a clone numbered 4 is not called the « 3ème édition »:
 * each ordinal equal to the source's number becomes the new number, in the style the title used.
 * French {@code 3ème}, {@code 3e}, {@code 3è}, {@code 3ième} and {@code troisième}; English
 * {@code 3rd} and {@code third}; a word keeps its capital ({@code Third} → {@code Fourth}). Both
 * languages' forms are read in every language of the title: they cannot be mistaken for each other.
 * A word ordinal beyond the twentieth becomes digits in the same language ({@code 21ème},
 * {@code 21st}). Other numbers and ordinals are left alone.
 */
public final class TitleOrdinals {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,9})(ième|ieme|ème|eme|ère|ere|er|re|è|e|st|nd|rd|th)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A word and the word édition or edition after it. */
    private static final Pattern EDITION_MENTION = Pattern.compile(
            "(?<![\\p{L}\\d-])([\\p{L}\\d-]+)(\\s+(?:édition|edition)s?)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final List<String> FRENCH_WORDS = List.of("première", "deuxième", "troisième", "quatrième",
            "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième",
            "treizième", "quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième", "dix-neuvième",
            "vingtième");

    private static final List<String> ENGLISH_WORDS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    private TitleOrdinals() {
    }

    /**
     * @param title a title
     * @param from  the number its ordinals may state, the source edition's
     * @param to    the new number
     * @return the title with each ordinal equal to {@code from} rewritten as {@code to}, in every language
     */
    public static LocalizedText renumbered(LocalizedText title, int from, int to) {
        Objects.requireNonNull(title, "'title' must not be null");
        if (from == to) {
            return title;
        }
        Map<String, String> values = new LinkedHashMap<>();
        title.values().forEach((tag, text) -> values.put(tag, renumbered(text, from, to)));
        return new LocalizedText(values);
    }

    /**
     * Rewrites only the ordinals of an edition ({@code 3ème édition}, {@code 3rd edition}): what a
     * session's title may say of the edition it belongs to, where another ordinal may count something else.
     *
     * @param title a session's title
     * @param from  the number of the source edition
     * @param to    the new number
     * @return the title with each ordinal of {@code from} before the word édition or edition rewritten
     */
    public static LocalizedText renumberedEditionMentions(LocalizedText title, int from, int to) {
        Objects.requireNonNull(title, "'title' must not be null");
        if (from == to) {
            return title;
        }
        Map<String, String> values = new LinkedHashMap<>();
        title.values().forEach((tag, text) -> values.put(tag, replace(EDITION_MENTION.matcher(text),
                m -> renumbered(m.group(1), from, to) + m.group(2))));
        return new LocalizedText(values);
    }

    /** @return the text with each ordinal equal to {@code from} rewritten as {@code to} */
    static String renumbered(String text, int from, int to) {
        String digits = replace(DIGITS.matcher(text), m -> Integer.parseInt(m.group(1)) == from
                ? to + suffix(m.group(2).toLowerCase(Locale.ROOT), to) : m.group());
        String french = words(digits, FRENCH_WORDS, from, to, true);
        return words(french, ENGLISH_WORDS, from, to, false);
    }

    /** @return the suffix of {@code n} in the style of {@code style}, the suffix the title used */
    private static String suffix(String style, int n) {
        return switch (style) {
            case "st", "nd", "rd", "th" -> englishSuffix(n);
            case "e", "er", "re" -> n == 1 ? "re" : "e";
            case "ère", "ème" -> n == 1 ? "ère" : "ème";
            case "ere", "eme" -> n == 1 ? "ere" : "eme";
            case "è" -> n == 1 ? "ère" : "è";
            default -> n == 1 ? "ère" : style; // ième, ieme
        };
    }

    private static String englishSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Rewrites the word ordinal of {@code from}, when the list has one, keeping its capital. */
    private static String words(String text, List<String> words, int from, int to, boolean french) {
        if (from < 1 || from > words.size()) {
            return text;
        }
        String word = words.get(from - 1);
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d-])(?:" + Pattern.quote(word)
                + (from == 1 && french ? "|premier" : "") + ")(?![\\p{L}\\d-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String target = to >= 1 && to <= words.size() ? words.get(to - 1)
                : to + (french ? suffix("ème", to) : englishSuffix(to));
        return replace(pattern.matcher(text), m -> Character.isUpperCase(m.group().charAt(0))
                ? Character.toUpperCase(target.charAt(0)) + target.substring(1) : target);
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
