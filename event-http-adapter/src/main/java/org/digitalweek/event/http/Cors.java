package org.digitalweek.event.http;

import java.util.Set;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Cross-origin calls from browsers, off unless {@link HttpSettings#corsOrigins()} names origins.
 * Then a request from a listed origin gets {@code Access-Control-Allow-Origin} naming it (never
 * {@code *}, never an unlisted origin), the {@code ETag} and {@code Location} headers are exposed,
 * and a preflight {@code OPTIONS} is answered 204 allowing the methods and the headers a front end
 * needs: {@code Authorization}, {@code Content-Type}, {@code If-Match}, {@code If-None-Match},
 * {@code Accept-Language}.
 */
final class Cors {

    /** How long a browser may keep a preflight's answer, in seconds. */
    static final int PREFLIGHT_SECONDS = 600;

    private Cors() {
    }

    /**
     * @param routes   where the handlers are added
     * @param settings the origins allowed
     */
    static void register(RoutesConfig routes, HttpSettings settings) {
        if (settings.corsOrigins().isEmpty()) {
            return;
        }
        Set<String> origins = Set.copyOf(settings.corsOrigins());
        routes.after(ctx -> allow(ctx, origins));
        routes.options("/", ctx -> preflight(ctx, origins));
        routes.options("/<path>", ctx -> preflight(ctx, origins));
    }

    private static void allow(Context ctx, Set<String> origins) {
        ctx.res().addHeader("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin != null && origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "ETag, Location, WWW-Authenticate");
        }
    }

    private static void preflight(Context ctx, Set<String> origins) {
        String origin = ctx.header("Origin");
        if (origin != null && origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, If-Match, If-None-Match, Accept-Language");
            ctx.header("Access-Control-Max-Age", Integer.toString(PREFLIGHT_SECONDS));
        }
        ctx.status(204);
    }
}
