package org.digitalweek.event.export.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;

/** Runs the exporter and the importer on bytes and text, for tests. */
final class Documents {

    static final String SOURCE = "edition.json";
    static final ExportContext EXPORT = new ExportContext(
            Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC), "fr");
    static final ImportContext IMPORT = new ImportContext(SOURCE, Optional.empty());

    private Documents() {
    }

    static byte[] export(PublicEdition edition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CanonicalJsonExporter().export(edition, EXPORT, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String exportText(PublicEdition edition) {
        return new String(export(edition), StandardCharsets.UTF_8);
    }

    static ImportResult read(byte[] document) throws IOException {
        return new CanonicalJsonImporter().read(new ByteArrayInputStream(document), IMPORT);
    }

    static ImportResult read(String document) throws IOException {
        return read(document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param document some text
     * @param fragment a part of it
     * @return where the fragment first starts, as the importer names places: {@code line L, column C}
     */
    static String placeOf(String document, String fragment) {
        int at = document.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException("no " + fragment + " in the document");
        }
        return placeAt(document, at);
    }

    /**
     * @param document some text
     * @param at       an index in it
     * @return where it is, as the importer names places: {@code line L, column C}, counting characters
     */
    static String placeAt(String document, int at) {
        int lineStart = document.lastIndexOf('\n', at - 1) + 1;
        long line = document.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return "line " + line + ", column " + (at - lineStart + 1);
    }
}
