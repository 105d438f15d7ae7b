package org.digitalweek.event.http;

import java.util.Locale;

import io.javalin.http.Context;

/**
 * The gate every write passes, in this order: the bearer token (401), then whether the server
 * writes at all (405), then, for a write with a body, its media type (415). The token is compared
 * in constant time by {@link ApiToken} and never logged nor repeated in an answer.
 */
final class WriteGuard {

    /** The realm named in {@code WWW-Authenticate}. */
    static final String CHALLENGE = "Bearer realm=\"digitalweek\"";

    private static final String BEARER = "bearer ";

    private WriteGuard() {
    }

    /**
     * Lets a write through, or refuses it with 401 or 405.
     *
     * @param ctx      the request
     * @param settings how the server runs
     * @throws ApiProblem 405 when the server has no token or is read-only, 401 when the token is missing or wrong
     */
    static void admit(Context ctx, HttpSettings settings) {
        if (settings.token().isEmpty()) {
            throw readOnly(ctx);
        }
        if (!settings.token().get().matches(presented(ctx))) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new ApiProblem(401, "unauthorized",
                    "Cette écriture exige l'en-tête Authorization: Bearer suivi du jeton donné au démarrage du serveur.",
                    "This write requires the header Authorization: Bearer followed by the token the server was "
                            + "started with.");
        }
        if (settings.readOnly()) {
            throw readOnly(ctx);
        }
    }

    private static String presented(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    private static ApiProblem readOnly(Context ctx) {
        ctx.header("Allow", "GET, HEAD");
        return new ApiProblem(405, "read-only",
                "Ce serveur est en lecture seule : il ne modifie rien. Pour écrire, démarrez-le sans --read-only "
                        + "et avec un jeton (--token-file FICHIER ou la variable DIGITALWEEK_API_TOKEN).",
                "This server is read-only: it changes nothing. To write, start it without --read-only and with a "
                        + "token (--token-file FILE or the DIGITALWEEK_API_TOKEN variable).");
    }

    /**
     * Requires a JSON body's media type.
     *
     * @param ctx the request
     * @throws ApiProblem 415 when {@code Content-Type} is missing or not {@code application/json}
     */
    static void requireJson(Context ctx) {
        String type = mediaType(ctx);
        if (!"application/json".equals(type)) {
            throw new ApiProblem(415, "unsupported-media-type",
                    "Le corps de cette écriture doit être du JSON, envoyé avec Content-Type: application/json.",
                    "The body of this write must be JSON, sent with Content-Type: application/json.");
        }
    }

    /**
     * @param ctx the request
     * @return its {@code Content-Type} without parameters, in lower case, or null when it has none
     */
    static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }
}
