package org.digitalweek.event.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * Versions on the wire. Every read of an edition carries its stored version as a strong {@code
 * ETag}: {@code "12"}, or {@code "12-fr"} when the representation also depends on the language
 * (the leading number is always the version). Every write requires {@code If-Match} with one such
 * tag: without it the answer is 428, with a stale one 412, so that no update is ever lost.
 */
final class Versions {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})(?:-[A-Za-z0-9.-]{1,64})?\"");

    private Versions() {
    }

    /**
     * @param version the stored version
     * @param variant what else the representation depends on (a language, a format), or empty
     * @return the strong entity tag, quotes included
     */
    static String etag(long version, String variant) {
        return variant == null || variant.isEmpty() ? "\"" + version + "\"" : "\"" + version + "-" + variant + "\"";
    }

    /**
     * Sets the {@code ETag} and answers 304 when the request's {@code If-None-Match} already names it.
     *
     * @param ctx  the request
     * @param etag the representation's tag
     * @return true when 304 was answered and nothing more must be sent
     */
    static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        String asked = ctx.header("If-None-Match");
        if (asked == null) {
            return false;
        }
        for (String candidate : asked.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                ctx.status(304);
                return true;
            }
        }
        return false;
    }

    /**
     * @param ctx a write request
     * @return the version its {@code If-Match} names
     * @throws ApiProblem 428 when the header is missing, not one strong tag of ours, or {@code *}
     */
    static long expected(Context ctx) {
        String asked = ctx.header("If-Match");
        if (asked == null || asked.isBlank()) {
            throw new ApiProblem(428, "version-required",
                    "Cette écriture exige l'en-tête If-Match avec la version lue (l'ETag d'une lecture), "
                            + "pour ne jamais écraser une modification faite entre-temps.",
                    "This write requires the If-Match header with the version read (the ETag of a read), "
                            + "so that a change made in the meantime is never overwritten.");
        }
        Matcher matcher = STRONG_TAG.matcher(asked.strip());
        if (!matcher.matches()) {
            throw new ApiProblem(428, "version-required",
                    "If-Match doit nommer une seule version, telle qu'un ETag de l'API (\"12\"), pas « "
                            + shorten(asked) + " ».",
                    "If-Match must name one version, as an ETag of this API does (\"12\"), not '"
                            + shorten(asked) + "'.",
                    Map.of());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
