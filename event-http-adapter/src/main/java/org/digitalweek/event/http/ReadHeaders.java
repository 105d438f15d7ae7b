package org.digitalweek.event.http;

import java.util.function.Supplier;

import org.digitalweek.event.domain.language.ReaderLanguage;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The caching headers of the read resources: a versioned body is revalidated by its {@code ETag}
 * ({@code Cache-Control: no-cache}), and one whose words depend on the language says so in
 * {@code Vary}; every read answers {@code HEAD} as it answers {@code GET}.
 */
final class ReadHeaders {

    private ReadHeaders() {
    }

    /**
     * Adds a read route for {@code GET} and {@code HEAD} (Jetty sends no body to {@code HEAD}).
     *
     * @param routes  where the route is added
     * @param path    its path
     * @param handler what answers it
     */
    static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * @param ctx             the request
     * @param languageMatters whether the body's words depend on {@code Accept-Language}
     */
    static void versioned(Context ctx, boolean languageMatters) {
        ctx.header("Cache-Control", "no-cache");
        if (languageMatters) {
            ctx.header("Vary", "Accept-Language");
        }
    }

    /**
     * @param tag the tag the request asked for, or null
     * @return the part of an {@code ETag} that names the language of the whole text: the tag asked for,
     *         or {@code default} when the domain's chain alone decides
     */
    static String languageVariant(String tag) {
        return tag == null ? "default" : tag;
    }

    /**
     * @param tag the tag the request asked for, or null
     * @return the language of the library's own words, {@code fr} or {@code en}: all that findings depend on
     */
    static String wordsVariant(String tag) {
        return ReaderLanguage.of(tag).words();
    }

    /**
     * Builds a body after the {@code ETag} was set for the 304 check, taking the tag back when the
     * build is refused (an unknown session, format…), so that a problem never carries a version.
     *
     * @param ctx   the request
     * @param build builds the body
     * @param <T>   what is built
     * @return what was built
     */
    static <T> T building(Context ctx, Supplier<T> build) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            ctx.removeHeader("ETag");
            ctx.removeHeader("Cache-Control");
            throw e;
        }
    }
}
