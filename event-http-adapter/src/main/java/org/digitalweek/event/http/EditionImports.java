package org.digitalweek.event.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportMode;
import org.digitalweek.event.domain.port.in.ImportReport;

import io.javalin.http.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /editions}: a document streamed into the domain's import, never held whole. Its
 * format is {@code ?format=} (an import format's id), else the import format whose media type is
 * the body's {@code Content-Type} (when several share it, the one that recognises the document's
 * first bytes), else 415. {@code mode=create} (default) refuses an id that is taken (409);
 * {@code mode=replace} needs {@code If-Match} and replaces the stored edition as its next version.
 */
final class EditionImports {

    /** How many first bytes are shown to the formats that share a media type. */
    private static final int HEAD_BYTES = 8192;

    /** The name the domain's messages give the document. */
    private static final String SOURCE_NAME = "POST /editions";

    private EditionImports() {
    }

    /**
     * @param ctx the request
     * @param api what the routes share
     */
    static void answer(Context ctx, ApiContext api) {
        WriteGuard.admit(ctx, api.settings());
        List<FormatDescription> candidates = candidates(ctx, api);
        ImportMode mode = mode(ctx);
        Long expected = mode == ImportMode.REPLACE ? Versions.expected(ctx) : null;
        BodyLimits.LimitedStream body = BodyLimits.open(ctx, api.settings().maxBodyBytes());
        ImportReport report;
        try {
            InputStream document = new BufferedInputStream(body, HEAD_BYTES);
            String format = choose(candidates, document, api);
            report = api.documents().importEdition(new ImportEditionCommand(format, ImportContext.named(SOURCE_NAME),
                    mode, false, expected), document);
        } catch (IOException e) {
            throw BodyLimits.failedRead(body, api.settings().maxBodyBytes());
        } catch (RuntimeException e) {
            if (body.exceeded()) {
                throw BodyLimits.tooLarge(api.settings().maxBodyBytes());
            }
            throw e;
        }
        send(ctx, report);
    }

    private static List<FormatDescription> candidates(Context ctx, ApiContext api) {
        List<FormatDescription> imported = api.documents().formats().stream().filter(FormatDescription::imported)
                .toList();
        String named = ctx.queryParam("format");
        if (named != null) {
            List<FormatDescription> chosen = imported.stream().filter(f -> f.id().equals(named.strip())).toList();
            if (chosen.isEmpty()) {
                throw unsupported(imported, "le format « " + shorten(named) + " » n'est pas importé",
                        "the format '" + shorten(named) + "' is not imported");
            }
            return chosen;
        }
        String type = WriteGuard.mediaType(ctx);
        List<FormatDescription> chosen = imported.stream()
                .filter(f -> bare(f.mediaType()).equals(type)).toList();
        if (chosen.isEmpty()) {
            throw unsupported(imported, type == null ? "le corps n'a pas de Content-Type"
                            : "aucun format importé n'a le type « " + shorten(type) + " »",
                    type == null ? "the body has no Content-Type" : "no imported format has the type '" + shorten(type)
                            + "'");
        }
        return chosen;
    }

    private static ApiProblem unsupported(List<FormatDescription> imported, String fr, String en) {
        String list = imported.stream().map(f -> f.id() + " (" + bare(f.mediaType()) + ")")
                .collect(Collectors.joining(", "));
        return new ApiProblem(415, "unsupported-media-type",
                fr + " ; nommez le format par ?format= ou par Content-Type, parmi : " + list + ".",
                en + "; name the format with ?format= or Content-Type, among: " + list + ".");
    }

    private static String bare(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static ImportMode mode(Context ctx) {
        String mode = ctx.queryParam("mode");
        if (mode == null || mode.equals("create")) {
            return ImportMode.CREATE;
        }
        if (mode.equals("replace")) {
            return ImportMode.REPLACE;
        }
        throw new InvalidInputException("l'import", "the import", List.of(new Violation("mode", "OneOf",
                "doit être create (une nouvelle édition) ou replace (la version suivante d'une édition)",
                "must be create (a new edition) or replace (the next version of an edition)")));
    }

    /** The only candidate, or the one that recognises the document's first bytes, else the first. */
    private static String choose(List<FormatDescription> candidates, InputStream document, ApiContext api)
            throws IOException {
        if (candidates.size() == 1) {
            return candidates.get(0).id();
        }
        document.mark(HEAD_BYTES);
        byte[] head = document.readNBytes(HEAD_BYTES);
        document.reset();
        Optional<FormatDescription> recognised = api.documents().importFormatOf("document",
                new String(head, StandardCharsets.UTF_8));
        return recognised.filter(candidates::contains).orElse(candidates.get(0)).id();
    }

    private static void send(Context ctx, ImportReport report) {
        String tag = Languages.tag(ctx);
        String id = report.edition().id().value();
        long version = report.edition().version();
        ObjectNode body = Json.object();
        body.put("edition", id);
        body.put("version", version);
        ArrayNode warnings = body.putArray("warnings");
        for (ImportWarning warning : report.warnings()) {
            warnings.add(warning.describe(tag));
        }
        body.set("findings", FindingBodies.array(report.findings().findings(), tag));
        ctx.header("ETag", Versions.etag(version, ""));
        ctx.header("Location", "/editions/" + id);
        ctx.header("Vary", "Accept-Language");
        Json.send(ctx, report.changes().isPresent() ? 200 : 201, body);
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
