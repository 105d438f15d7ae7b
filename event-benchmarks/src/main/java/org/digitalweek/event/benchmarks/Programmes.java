package org.digitalweek.event.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.boot.FormatCatalogue;

/**
 * What every benchmark works on: the federated weeks of {@link GeneratedProgrammes#federated(int)},
 * always the same for a size, and the project's own exporters and importers, found as a user's
 * program finds them.
 */
public final class Programmes {

    /** The clock of every export: fixed, so that the same edition gives the same bytes. */
    public static final ExportContext CONTEXT = new ExportContext(
            Clock.fixed(Instant.parse("2027-01-20T12:00:00Z"), ZoneOffset.UTC), "fr");

    private static final FormatCatalogue FORMATS = FormatCatalogue.discover(Programmes.class.getClassLoader());

    private Programmes() {
    }

    /**
     * @param sessions how many sessions
     * @return a federated week of that size: 7 days, venues in the three AES capitals
     */
    public static PublicEdition federated(int sessions) {
        return GeneratedProgrammes.federated(sessions);
    }

    /**
     * @param formatId a format id, e.g. {@code json}
     * @return its exporter
     */
    public static Exporter exporter(String formatId) {
        return FORMATS.exporter(formatId).orElseThrow(() -> new IllegalStateException("no exporter " + formatId));
    }

    /**
     * @param formatId a format id, e.g. {@code frab-xml}
     * @return its importer
     */
    public static Importer importer(String formatId) {
        return FORMATS.importer(formatId).orElseThrow(() -> new IllegalStateException("no importer " + formatId));
    }

    /**
     * @param exporter an exporter
     * @param edition  an edition
     * @return what it writes, in French
     */
    public static byte[] export(Exporter exporter, PublicEdition edition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            exporter.export(edition, CONTEXT, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The canonical JSON round trip: the edition written as the {@code json} format and read back
     * into an edition, as a user's program that keeps editions in its own files would do.
     *
     * @param edition an edition
     * @return the edition read back
     */
    public static PublicEdition jsonRoundTrip(PublicEdition edition) {
        byte[] document = export(exporter("json"), edition);
        return readJson(document);
    }

    /**
     * @param document a canonical JSON document
     * @return the edition it holds
     */
    public static PublicEdition readJson(byte[] document) {
        try {
            return Drafts.toEdition(importer("json").read(new ByteArrayInputStream(document),
                    ImportContext.named("edition.json")).edition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
