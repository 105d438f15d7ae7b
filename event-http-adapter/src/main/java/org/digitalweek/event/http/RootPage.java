package org.digitalweek.event.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;

import io.javalin.http.Context;

/**
 * {@code GET /}: a short HTML page, in the request's language, that lists the editions (title and
 * days) with links to each one's JSON, HTML programme, Atom feed of changes and calendar, and to the
 * API's description ({@code /openapi.json}). Every text is escaped; the page has no script, and its
 * Content-Security-Policy allows only its own inline style.
 */
final class RootPage {

    /** The media type of the page. */
    static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5}li{margin:.25rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .25rem}";
    private static final String POLICY = "default-src 'none'; style-src 'sha256-" + sha256Base64(STYLE)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ApiContext api;

    RootPage(ApiContext api) {
        this.api = api;
    }

    void answer(Context ctx) {
        String tag = Languages.tag(ctx);
        ReaderLanguage reader = ReaderLanguage.of(tag);
        List<EditionSummary> editions = api.programme().editions(EditionQuery.ALL);
        ctx.header("Cache-Control", FeedRoutes.REVALIDATE);
        ctx.header("Vary", "Accept-Language");
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (Versions.notModified(ctx, etag(editions, reader))) {
            return;
        }
        ctx.contentType(MEDIA_TYPE).result(page(editions, reader).getBytes(StandardCharsets.UTF_8));
    }

    /** @return a tag that changes when an edition is added, removed or changed, or the language does */
    private static String etag(List<EditionSummary> editions, ReaderLanguage reader) {
        StringBuilder key = new StringBuilder(reader.tag());
        editions.forEach(e -> key.append('\u0000').append(e.id().value()).append(':').append(e.version()));
        return "\"root-" + HexFormat.of().formatHex(sha256(key.toString()), 0, 8) + "-" + reader.tag() + "\"";
    }

    /**
     * @param editions the editions to list
     * @param reader   the reader's language
     * @return the page
     */
    static String page(List<EditionSummary> editions, ReaderLanguage reader) {
        String heading = reader.pick("Programmes de digitalweek", "digitalweek programmes");
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"").append(escape(reader.tag())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(heading)).append("</h1>\n<p>")
                .append(escape(reader.pick(
                        "Cette API JSON sert les programmes ci-dessous ; sa description complète est ",
                        "This JSON API serves the programmes below; its full description is ")))
                .append("<a href=\"/openapi.json\">OpenAPI (openapi.json)</a>.</p>\n");
        if (editions.isEmpty()) {
            html.append("<p>").append(escape(reader.pick("Aucune édition pour l'instant.", "No edition yet.")))
                    .append("</p>\n");
        }
        for (EditionSummary edition : editions) {
            edition(html, edition, reader);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void edition(StringBuilder html, EditionSummary edition, ReaderLanguage reader) {
        String path = "/editions/" + edition.id().value();
        html.append("<section>\n<h2>").append(escape(edition.title().resolve(reader))).append("</h2>\n<p>")
                .append("<time datetime=\"").append(edition.dates().start()).append("\">")
                .append(edition.dates().start()).append("</time> – <time datetime=\"")
                .append(edition.dates().end()).append("\">").append(edition.dates().end()).append("</time> · ")
                .append(escape(Plurals.of(reader.words(), edition.sessionCount(), "session", "sessions", "session",
                        "sessions")))
                .append("</p>\n<ul>\n");
        link(html, path + "/export/html", reader.pick("Programme (HTML)", "Programme (HTML)"));
        link(html, path, reader.pick("Édition en JSON", "Edition as JSON"));
        link(html, path + "/calendar.ics", reader.pick("Calendrier à suivre (iCalendar)",
                "Calendar to subscribe to (iCalendar)"));
        link(html, path + "/changes.atom", reader.pick("Changements publiés (Atom)", "Published changes (Atom)"));
        html.append("</ul>\n</section>\n");
    }

    private static void link(StringBuilder html, String href, String text) {
        html.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></li>\n");
    }

    /**
     * @param text any text
     * @return the text with the characters that HTML reads as markup, in content or attributes, escaped
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256Base64(String text) {
        return Base64.getEncoder().encodeToString(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
