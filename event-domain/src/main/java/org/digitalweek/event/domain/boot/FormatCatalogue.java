package org.digitalweek.event.domain.boot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.Importer;

/**
 * The exporters and importers found with {@link ServiceLoader}: those of this project's adapters
 * and of any third-party jar on the class path or module path. {@link Digitalweek} hands them to
 * the document use cases; recognising a document's format is {@code ListFormats}' work.
 */
public final class FormatCatalogue {

    private final List<Exporter> exporters;
    private final List<Importer> importers;

    private FormatCatalogue(List<Exporter> exporters, List<Importer> importers) {
        this.exporters = exporters;
        this.importers = importers;
    }

    /**
     * @param loader the class loader to search
     * @return the formats it provides, each list ordered by format id
     */
    public static FormatCatalogue discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "'loader' must not be null");
        return new FormatCatalogue(
                ServiceLoader.load(Exporter.class, loader).stream().map(ServiceLoader.Provider::get)
                        .sorted(Comparator.comparing(Exporter::formatId)).toList(),
                ServiceLoader.load(Importer.class, loader).stream().map(ServiceLoader.Provider::get)
                        .sorted(Comparator.comparing(Importer::formatId)).toList());
    }

    /**
     * @param exporters some exporters
     * @param importers some importers
     * @return a catalogue of exactly those formats, e.g. for tests or a front end that chooses its formats
     */
    public static FormatCatalogue of(List<Exporter> exporters, List<Importer> importers) {
        return new FormatCatalogue(
                exporters.stream().sorted(Comparator.comparing(Exporter::formatId)).toList(),
                importers.stream().sorted(Comparator.comparing(Importer::formatId)).toList());
    }

    /** @return every exporter, by format id */
    public List<Exporter> exporters() {
        return exporters;
    }

    /** @return every importer, by format id */
    public List<Importer> importers() {
        return importers;
    }

    /**
     * @param formatId a format id
     * @return the exporter of that format, if any
     */
    public Optional<Exporter> exporter(String formatId) {
        return exporters.stream().filter(e -> e.formatId().equals(formatId)).findFirst();
    }

    /**
     * @param formatId a format id
     * @return the importer of that format, if any
     */
    public Optional<Importer> importer(String formatId) {
        return importers.stream().filter(i -> i.formatId().equals(formatId)).findFirst();
    }
}
