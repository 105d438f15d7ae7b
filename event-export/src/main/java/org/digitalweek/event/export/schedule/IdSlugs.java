package org.digitalweek.event.export.schedule;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.digitalweek.event.domain.model.Ids;

/**
 * Ids of the model made from a schedule's names and ids: kept when they already have the id syntax,
 * else turned into a slug ({@code Saal 1} gives {@code saal-1}), and made unique within their kind.
 */
final class IdSlugs {

    private static final int LONGEST = 100;

    private final Set<String> taken = new HashSet<>();
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
     * @param name     a name
     * @param fallback what a name without letters or digits gives
     * @return lower-case ASCII letters, digits and single hyphens, at most 100 characters
     */
    static String slug(String name, String fallback) {
        String slug = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
