package org.digitalweek.event.http;

import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;
import org.digitalweek.event.domain.port.in.FormatDescription;

import io.javalin.http.Context;

/**
 * Answers an export of an edition: its bytes in one format and language, with the format's media
 * type, cached by (version, format, language) so that one version is never exported twice in the
 * same way while the cache holds it.
 */
final class ExportBodies {

    private ExportBodies() {
    }

    /**
     * Answers the export, or 304 when the client holds it already.
     *
     * @param ctx       the request
     * @param api       the use cases and the cache
     * @param editionId the edition
     * @param formatId  the format
     * @param version   the edition's current version, just read
     */
    static void answer(Context ctx, ApiContext api, String editionId, String formatId, long version) {
        String tag = Languages.tag(ctx);
        FormatDescription format = exported(api, formatId).orElseThrow(() -> refusal(api, editionId, formatId, tag));
        String variant = formatId + "-" + ReadHeaders.languageVariant(tag);
        ReadHeaders.versioned(ctx, true);
        if (Versions.notModified(ctx, Versions.etag(version, variant))) {
            return;
        }
        CachedBodies.Body body = ReadHeaders.building(ctx, () -> CachedBodies.get(api, editionId, version, variant,
                () -> {
                    ExportedDocument document = api.documents().export(new ExportQuery(editionId, formatId, tag));
                    return new CachedBodies.Body(document.version(), document.bytes());
                }));
        if (body.version() != version) {
            ctx.header("ETag", Versions.etag(body.version(), variant));
        }
        ctx.status(200).contentType(withCharset(format.mediaType())).result(body.bytes());
        ctx.header("Content-Disposition", "inline; filename=\"" + editionId + "." + extension(format) + "\"");
    }

    private static Optional<FormatDescription> exported(ApiContext api, String formatId) {
        return api.documents().formats().stream().filter(f -> f.id().equals(formatId) && f.exported()).findFirst();
    }

    /**
     * @return the domain's refusal of an export in a format it does not write (its 404, or its 400 for
     *         an id that is not one), asked of the domain itself, which exports nothing in that case
     */
    private static RuntimeException refusal(ApiContext api, String editionId, String formatId, String tag) {
        api.documents().export(new ExportQuery(editionId, formatId, tag));
        return new ApiProblem(404, "not-found", "Aucun export dans le format « " + formatId + " ».",
                "No export in the format '" + formatId + "'.");
    }

    /** @return the media type, with {@code charset=utf-8} added to a text type that names none */
    static String withCharset(String mediaType) {
        String lower = mediaType.toLowerCase(Locale.ROOT);
        return lower.startsWith("text/") && !lower.contains("charset") ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** @return the file extension a person expects for the format, from its media type */
    static String extension(FormatDescription format) {
        String type = Negotiation.bare(format.mediaType());
        return switch (type) {
            case "text/calendar" -> "ics";
            case "application/ld+json" -> "jsonld";
            case "application/json" -> "json";
            case "text/html" -> "html";
            case "text/markdown" -> "md";
            case "text/csv" -> "csv";
            case "text/plain" -> "txt";
            default -> type.endsWith("xml") ? "xml" : format.id();
        };
    }

}
