package org.digitalweek.event.domain.language;

import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * BCP 47 language tags: French is the default language of the programme, then English and the
 * national languages of the Sahel (bm Bambara, ff Fulfulde, mos Mooré, ha Hausa, dje Zarma,
 * tmh Tamasheq, …). Which language a reader gets is decided by {@link ReaderLanguage} only.
 */
public final class LanguageTags {

    /** The first working language of the library, and the language an edition falls back to. */
    public static final String FRENCH = "fr";
    /** The second working language of the library. */
    public static final String ENGLISH = "en";

    /**
     * Shorter forms already worked out, by the tag asked for: a reader's chain is made of them, and
     * an edition speaks few languages. Bounded against callers that ask for many distinct tags;
     * past the bound, forms are worked out each time.
     */
    private static final Map<String, List<String>> FORMS = new ConcurrentHashMap<>();
    /** Canonical forms already worked out: every text of every document names its language. */
    private static final Map<String, Optional<String>> CANONICAL = new ConcurrentHashMap<>();
    private static final int MOST_KEPT = 256;

    private LanguageTags() {
    }

    /**
     * @param tag a candidate tag
     * @return the tag in its canonical case ({@code fr-ml} gives {@code fr-ML}), or empty when it is not well-formed BCP 47
     */
    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return cached(CANONICAL, tag, LanguageTags::canonicalOf);
    }

    /** @return the value kept for {@code tag}, else worked out, and kept while the cache has room */
    private static <V> V cached(Map<String, V> cache, String tag, Function<String, V> work) {
        V known = cache.get(tag);
        if (known != null) {
            return known;
        }
        V value = work.apply(tag);
        if (cache.size() < MOST_KEPT) {
            cache.put(tag, value);
        }
        return value;
    }

    private static Optional<String> canonicalOf(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            return language.isEmpty() || "und".equals(language) ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * @param tag a candidate tag
     * @return whether it is a well-formed BCP 47 tag naming a language
     */
    public static boolean isValid(String tag) {
        return canonical(tag).isPresent();
    }

    /**
     * The forms of a tag from the longest to its bare language: the tag itself, then without
     * extensions, variant, region or script in turn ({@code fr-ML} then {@code fr}).
     *
     * @param tag a tag, canonical or not
     * @return its forms without repeats, or no form when it is not well-formed
     */
    static List<String> forms(String tag) {
        if (canonical(tag).isEmpty()) {
            return List.of();
        }
        return cached(FORMS, tag, LanguageTags::formsOf);
    }

    private static List<String> formsOf(String tag) {
        Locale locale = Locale.forLanguageTag(canonical(tag).orElseThrow());
        Set<String> chain = new LinkedHashSet<>();
        chain.add(locale.toLanguageTag());
        chain.add(tag(locale.getLanguage(), locale.getScript(), locale.getCountry()));
        chain.add(tag(locale.getLanguage(), "", locale.getCountry()));
        chain.add(tag(locale.getLanguage(), locale.getScript(), ""));
        chain.add(locale.getLanguage());
        return List.copyOf(chain);
    }

    private static String tag(String language, String script, String region) {
        return new Locale.Builder().setLanguage(language).setScript(script).setRegion(region).build().toLanguageTag();
    }
}
