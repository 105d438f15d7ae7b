package org.digitalweek.event.domain.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.LocalizedText;

/**
 * Whether a title names a place, the source's host country or city, that a clone held elsewhere
 * would wrongly keep (« Semaine du Numérique au Mali » for an edition in Niamey), and the title with
 * the new place's name instead. A place is named by a whole word, whatever its case, in any of its
 * names (the country's French and English names) and in any language of the title.
 */
public final class TitlePlaces {

    private TitlePlaces() {
    }

    /**
     * @param title   a title
     * @param country a country
     * @return the languages of the title whose text names the country, in the title's order
     */
    public static List<String> naming(LocalizedText title, Country country) {
        return naming(title, names(country));
    }

    /**
     * @param title a title
     * @param city  a city's name
     * @return the languages of the title whose text names the city, in the title's order
     */
    public static List<String> naming(LocalizedText title, String city) {
        return naming(title, List.of(Objects.requireNonNull(city, "'city' must not be null")));
    }

    /**
     * @param title a title that names {@code from}
     * @param from  the country it names
     * @param to    the country to name instead
     * @return the title with each name of {@code from} replaced by {@code to}'s name in the same language
     *         (its French name in a French text, its English name in any other)
     */
    public static LocalizedText withCountry(LocalizedText title, Country from, Country to) {
        Map<String, String> values = new LinkedHashMap<>();
        title.values().forEach((tag, text) -> {
            String name = to.name().resolve(tag);
            String renamed = text;
            for (String old : names(from)) {
                renamed = word(old).matcher(renamed).replaceAll(Matcher.quoteReplacement(name));
            }
            values.put(tag, renamed);
        });
        return new LocalizedText(values);
    }

    /**
     * @param title a title that names {@code from}
     * @param from  the city it names
     * @param to    the city to name instead
     * @return the title with {@code from} replaced by {@code to}
     */
    public static LocalizedText withCity(LocalizedText title, String from, String to) {
        Map<String, String> values = new LinkedHashMap<>();
        title.values().forEach((tag, text) ->
                values.put(tag, word(from).matcher(text).replaceAll(Matcher.quoteReplacement(to))));
        return new LocalizedText(values);
    }

    /** @return the languages of the title whose text holds one of the names as a whole word */
    private static List<String> naming(LocalizedText title, List<String> names) {
        Objects.requireNonNull(title, "'title' must not be null");
        List<String> naming = new ArrayList<>();
        title.values().forEach((tag, text) -> {
            if (names.stream().anyMatch(name -> word(name).matcher(text).find())) {
                naming.add(tag);
            }
        });
        return naming;
    }

    private static List<String> names(Country country) {
        Objects.requireNonNull(country, "'country' must not be null");
        return country.name().values().values().stream().filter(n -> !n.isBlank()).distinct().toList();
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
