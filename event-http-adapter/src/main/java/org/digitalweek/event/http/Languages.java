package org.digitalweek.event.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.language.ReaderLanguage;

import io.javalin.http.Context;

/**
 * The language a request asks for: {@code ?lang=} first, else the {@code Accept-Language} tag of
 * highest weight, preferring one whose language is French or English among equals and beyond
 * (so that {@code bm, en;q=0.8} reads English rather than the French default). The domain's
 * {@link ReaderLanguage} then decides every text from that tag, as for the command line.
 */
final class Languages {

    private Languages() {
    }

    /**
     * @param ctx the request
     * @return the tag it asks for, or empty when it asks for none the domain can read
     */
    static Optional<String> requested(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked != null && !asked.isBlank()) {
            return LanguageTags.canonical(asked.strip());
        }
        String header = ctx.header("Accept-Language");
        return header == null ? Optional.empty() : fromHeader(header);
    }

    /**
     * @param header an {@code Accept-Language} value
     * @return the tag it prefers, as {@link #requested(Context)} explains
     */
    static Optional<String> fromHeader(String header) {
        record Weighted(String tag, double weight, int order) {
        }
        List<Weighted> tags = new ArrayList<>();
        String[] parts = header.split(",", 32);
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].strip().split(";");
            String tag = pieces[0].strip();
            double weight = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            Optional<String> canonical = tag.equals("*") ? Optional.empty() : LanguageTags.canonical(tag);
            if (weight > 0 && canonical.isPresent()) {
                tags.add(new Weighted(canonical.get(), weight, i));
            }
        }
        tags.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparingInt(Weighted::order));
        return tags.stream().filter(w -> ours(w.tag())).findFirst().or(() -> tags.stream().findFirst())
                .map(Weighted::tag);
    }

    private static boolean ours(String tag) {
        String language = tag.toLowerCase(Locale.ROOT);
        return language.equals("fr") || language.startsWith("fr-") || language.equals("en")
                || language.startsWith("en-");
    }

    /**
     * @param ctx the request
     * @return the tag to hand the domain: the one asked for, else null so that the domain's chain decides
     */
    static String tag(Context ctx) {
        return requested(ctx).orElse(null);
    }

    /**
     * @param tag    a tag the request asked for, or null
     * @param french the French text
     * @param english the English text
     * @return the text the domain's language policy chooses
     */
    static String pick(String tag, String french, String english) {
        return ReaderLanguage.of(tag).pick(french, english);
    }
}
