package org.digitalweek.event.export.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ServiceLoader;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.boot.FormatCatalogue;

/**
 * A schedule imported with the real importer of its format, exported in the same format, imported
 * again, and the two programmes compared with the domain's diff, as {@code digitalweek diff} does.
 *
 * @param file     the document's name
 * @param format   its format
 * @param first    the first import
 * @param exported the export of the first import
 * @param second   the import of the export
 * @param diff     what changed from the first import to the second
 */
public record RoundTrip(String file, String format, ImportReport first, byte[] exported, ImportReport second,
                        ProgrammeDiff diff) {

    private static final FormatCatalogue CATALOGUE = FormatCatalogue.of(
            ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::get).toList(),
            ServiceLoader.load(Importer.class).stream().map(ServiceLoader.Provider::get).toList());

    /**
     * @param document the document
     * @param format   its format, e.g. {@code frab-xml}
     * @param context  the import's name and options, the same for both imports
     * @return the round trip
     */
    public static RoundTrip of(Path document, String format, ImportContext context) {
        try {
            ImportReport first = read(Files.readAllBytes(document), format, context);
            PublicEdition edition = first.edition();
            String language = edition.title().values().keySet().iterator().next();
            Exporter exporter = CATALOGUE.exporters().stream().filter(e -> e.formatId().equals(format)).findFirst()
                    .orElseThrow();
            byte[] exported = Editions.export(exporter, edition, language);
            ImportReport second = read(exported, format, context);
            return new RoundTrip(document.getFileName().toString(), format, first, exported, second,
                    ProgrammeDiff.between(edition, second.edition()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the number of changes the diff lists, sessions' and the edition's */
    public int diffSize() {
        return diff.sessionChanges().size() + diff.editionChanges().size();
    }

    /** @return the figures of the closing note: sessions, people, repairs and diff size, on one line */
    public String figures() {
        PublicEdition edition = first.edition();
        return String.format(Locale.ROOT, "%-24s %-9s sessions %4d, people %4d, repairs %3d (read back: %3d),"
                + " round-trip diff %d", file, format, edition.sessions().size(), edition.officials().size(),
                first.warnings().size(), second.warnings().size(), diffSize());
    }

    private static ImportReport read(byte[] document, String format, ImportContext context) throws IOException {
        try (InputStream in = new ByteArrayInputStream(document)) {
            return DocumentsOverAStore.over(new FakeEditions()).read(format, context, in);
        }
    }
}
