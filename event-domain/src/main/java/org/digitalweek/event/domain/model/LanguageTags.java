package org.digitalweek.event.domain.model;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BCP 47 language tags: French is the default language of the programme, then English and the
 * national languages of the Sahel (bm Bambara, ff Fulfulde, mos Mooré, ha Hausa, dje Zarma,
 * tmh Tamasheq, …).
 */
public final class LanguageTags {

    /** The default language of every edition. */
    public static final String FRENCH = "fr";
    /** The second working language. */
    public static final String ENGLISH = "en";

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
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            return "und".equals(canonical) ? Optional.empty() : Optional.of(canonical);
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
     * The languages tried, in order, when a text is wanted in {@code tag}: the tag itself, then
     * shorter forms of it ({@code fr-ML} then {@code fr}), then French, then English.
     *
     * @param tag a well-formed BCP 47 tag
     * @return the fallback chain, without repeats
     */
    public static List<String> fallbackChain(String tag) {
        List<String> chain = new ArrayList<>();
        String current = canonical(tag).orElse(FRENCH);
        while (true) {
            chain.add(current);
            int cut = current.lastIndexOf('-');
            if (cut < 0) {
                break;
            }
            current = current.substring(0, cut);
        }
        for (String fallback : List.of(FRENCH, ENGLISH)) {
            if (!chain.contains(fallback)) {
                chain.add(fallback);
            }
        }
        return List.copyOf(chain);
    }

    static String require(String tag, String type) {
        Invariants.require(tag != null, type, "language tag must not be null");
        return canonical(tag).orElseThrow(
                () -> new org.digitalweek.event.domain.error.InvariantViolationException(
                        type, "'" + tag + "' is not a well-formed BCP 47 language tag"));
    }
}
