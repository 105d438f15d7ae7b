package org.digitalweek.event.export.schedule;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.Ids;

/**
 * Ids of the model made from a schedule's names and ids: kept when they already have the id syntax,
 * else turned into a slug ({@code Saal 1} gives {@code saal-1}), and made unique within their kind.
 */
final class IdSlugs {

    private static final int LONGEST = 100;
    /** The longest id the model takes. */
    private static final int LONGEST_ID = 128;

    // Compiled once: a schedule slugs a name for most of its events, rooms and people.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>(); // so that 10,000 of one base stay linear
    private final String fallback;

    /** @param fallback the slug of a name that has no letter or digit, e.g. {@code room} */
    IdSlugs(String fallback) {
        this.fallback = fallback;
    }

    /**
     * @param name a name, e.g. {@code Salle Kamaté}
     * @return a slug of it, not given before by this instance ({@code salle-kamate}, then {@code salle-kamate-2})
     */
    String unique(String name) {
        String base = slug(name, fallback);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * @param value an id from the schedule
     * @return it, if it has the id syntax and was not given before; it is then taken
     */
    boolean claim(String value) {
        return Ids.isValid(value) && taken.add(value);
    }

    /**
     * @param base  an id of the model's syntax
     * @param first the first number to try: 1 tries the base itself, 2 starts at {@code base-2}
     * @return the base, else {@code base-2}, {@code base-3}, … (the base cut so that the whole stays an
     *         id), the first not given nor claimed before by this instance; it is then taken
     */
    String numbered(String base, int first) {
        for (int n = Math.max(first, nextSuffix.getOrDefault(base, first)); ; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            String id = base.substring(0, Math.min(base.length(), LONGEST_ID - suffix.length())) + suffix;
            if (taken.add(id)) {
                nextSuffix.put(base, n + 1);
                return id;
            }
        }
    }

    /**
     * @param name     a name
     * @param fallback what a name without letters or digits gives
     * @return lower-case ASCII letters, digits and single hyphens, at most 100 characters
     */
    static String slug(String name, String fallback) {
        String slug = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)).replaceAll("");
        slug = OTHERS.matcher(slug.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
        if (slug.length() > LONGEST) {
            slug = TRAILING_HYPHENS.matcher(slug.substring(0, LONGEST)).replaceAll("");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
