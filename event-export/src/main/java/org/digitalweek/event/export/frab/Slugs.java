package org.digitalweek.event.export.frab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Slugs of ids: lower-case ASCII letters, digits and single hyphens, starting with a letter, ending with
 * a letter or digit, two characters at least: the strictest of the three formats' slug syntaxes.
 */
final class Slugs {

    private Slugs() {
    }

    /**
     * @param id an id of the model ({@code Salle_1.B} gives {@code salle-1-b})
     * @return its slug
     */
    static String of(String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = "x-" + slug;
        }
        return slug.endsWith("-") ? slug + "x" : slug;
    }

    /**
     * @param ids ids in a stable order
     * @return their slugs, in the same order, made different by a {@code -2}, {@code -3}, … suffix
     */
    static List<String> unique(List<String> ids) {
        Set<String> taken = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (String id : ids) {
            String base = of(id);
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.add(slug);
        }
        return slugs;
    }
}
