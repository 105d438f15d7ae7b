package org.digitalweek.event.domain.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.validation.InputValidator;

/**
 * The use cases of documents: export in any of the given formats, of the whole programme or of the
 * sessions of a person, room or track ({@link SelectedSessions}), import ({@link ImportService} does
 * it, all or nothing), and the formats themselves. An exporter receives the public view only and the
 * time of this service's clock, so the same edition gives the same bytes. A format id given twice
 * keeps its first exporter or importer, as a class path lists them.
 */
public final class DocumentService implements DocumentUseCases {

    private final Editions editions;
    private final InputValidator validator;
    private final Clock clock;
    private final Map<String, Exporter> exporters;
    private final Map<String, Importer> importers;
    private final ImportService imports;

    /**
     * @param editions  the store
     * @param validator checks commands, queries and imported documents
     * @param checker   the programme rules whose findings an import reports
     * @param clock     the time exports are stamped with
     * @param exporters the formats editions are written in
     * @param importers the formats editions are read from
     */
    public DocumentService(Editions editions, InputValidator validator, ProgrammeChecker checker, Clock clock,
                           List<Exporter> exporters, List<Importer> importers) {
        this.editions = Objects.requireNonNull(editions, "'editions' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.exporters = byId(exporters, Exporter::formatId);
        this.importers = byId(importers, Importer::formatId);
        this.imports = new ImportService(editions, validator, checker, this::importer);
    }

    private static <T> Map<String, T> byId(List<T> formats, Function<T, String> id) {
        Map<String, T> result = new TreeMap<>();
        Objects.requireNonNull(formats, "'formats' must not be null").forEach(f -> result.putIfAbsent(id.apply(f), f));
        return result;
    }

    @Override
    public ImportReport importEdition(ImportEditionCommand command, InputStream document) throws IOException {
        return imports.importEdition(command, document);
    }

    @Override
    public ImportReport read(String formatId, ImportContext context, InputStream document) throws IOException {
        return imports.read(formatId, context, document);
    }

    @Override
    public ExportedDocument export(ExportQuery query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Prepared export = prepare(query);
        try {
            export.exporter().export(export.edition(), export.context(), bytes);
        } catch (IOException e) { // not the buffer's: the exporter's own
            throw new UncheckedIOException("the " + query.formatId() + " exporter failed: " + e.getMessage(), e);
        }
        return new ExportedDocument(export.format(), export.edition().version(), bytes.toByteArray());
    }

    @Override
    public FormatDescription export(ExportQuery query, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "'out' must not be null");
        Prepared export = prepare(query);
        export.exporter().export(export.edition(), export.context(), out);
        return export.format();
    }

    /** Everything that may refuse the export, done before a byte is written. */
    private Prepared prepare(ExportQuery query) {
        validator.check("l'export demandé", "the export asked for", query);
        Exporter exporter = exporters.get(query.formatId());
        if (exporter == null) {
            throw unknown("d'export", "export", query.formatId(), exporters.keySet());
        }
        PublicEdition whole = StoredEditions.load(editions, query.editionId()).publicView();
        SelectedSessions selected = SelectedSessions.of(whole, query.selection());
        ExportContext context = new ExportContext(clock, Optional.ofNullable(query.language()), selected.words());
        return new Prepared(exporter, selected.edition(), context, describe(exporter.formatId(), exporter.mediaType()));
    }

    private record Prepared(Exporter exporter, PublicEdition edition, ExportContext context, FormatDescription format) {
    }

    @Override
    public List<FormatDescription> formats() {
        Map<String, FormatDescription> lines = new TreeMap<>();
        exporters.values().forEach(e -> lines.put(e.formatId() + '\t' + e.mediaType(),
                describe(e.formatId(), e.mediaType())));
        importers.values().forEach(i -> lines.put(i.formatId() + '\t' + i.mediaType(),
                describe(i.formatId(), i.mediaType())));
        return List.copyOf(lines.values());
    }

    @Override
    public Optional<FormatDescription> importFormatOf(String fileName, String head) {
        Objects.requireNonNull(fileName, "'fileName' must not be null");
        Objects.requireNonNull(head, "'head' must not be null");
        return importers.values().stream().filter(i -> i.recognizes(fileName, head)).findFirst()
                .map(i -> describe(i.formatId(), i.mediaType()));
    }

    /** The importer of a format, for the import use case. */
    private Importer importer(String formatId) {
        Importer importer = importers.get(formatId);
        if (importer == null) {
            throw unknown("d'import", "import", formatId, importers.keySet());
        }
        return importer;
    }

    private static ItemNotFoundException unknown(String directionFr, String directionEn, String formatId,
                                                 Collection<String> known) {
        String list = String.join(", ", known);
        return new ItemNotFoundException("-", "format", formatId,
                "format " + directionFr + " inconnu « " + formatId + " » ; formats : " + list,
                "unknown " + directionEn + " format '" + formatId + "'; formats: " + list);
    }

    /** A format id and media type, exported when an exporter writes exactly it, imported when an importer reads it. */
    private FormatDescription describe(String formatId, String mediaType) {
        Exporter exporter = exporters.get(formatId);
        Importer importer = importers.get(formatId);
        return new FormatDescription(formatId, mediaType, exporter != null && exporter.mediaType().equals(mediaType),
                importer != null && importer.mediaType().equals(mediaType));
    }
}
