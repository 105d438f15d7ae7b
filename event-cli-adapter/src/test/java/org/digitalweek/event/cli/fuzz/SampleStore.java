package org.digitalweek.event.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.boot.StoreCatalogue;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.sample.SampleEditions;

/**
 * A real store in a folder of its own (a JSON-file store or an SQLite database), used through the
 * library's facade and holding the bundled sample edition: the target of tests that import broken
 * documents and then check that nothing in it changed. The test reads the store itself too, internal
 * records included, to compare it before and after.
 */
public final class SampleStore implements AutoCloseable {

    /** The fixed clock of the tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
    /** The sample edition's id. */
    public static final String SAMPLE = "snm-2026";
    /** Every import format, by id. */
    public static final List<String> FORMATS = List.of("json", "frab-xml", "frab-json", "schedule2", "ics");

    private final Path folder;
    private final Editions editions;
    private final Digitalweek library;

    private SampleStore(Path folder, Editions editions) {
        this.folder = folder;
        this.editions = editions;
        this.library = Digitalweek.builder().store(editions).clock(CLOCK)
                .classLoader(SampleStore.class.getClassLoader()).build();
    }

    /**
     * @param kind   {@code file} or {@code sqlite}
     * @param folder an empty folder that holds the store and nothing else
     * @return the store, holding the sample
     */
    public static SampleStore open(String kind, Path folder) {
        String uri = kind.equals("file") ? "file:" + folder.resolve("store") : "jdbc:sqlite:" + folder.resolve("s.db");
        SampleStore store = new SampleStore(folder,
                StoreCatalogue.discover(SampleStore.class.getClassLoader()).open(uri));
        try {
            for (String id : SampleEditions.ids()) { // as the command line's embedded store receives them
                var read = SampleEditions.read(id, ImportContext.named(id + ".json"));
                store.library.programme().plan(new PlanEditionCommand(read.edition()));
            }
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** @return import, export and the formats over the store */
    public DocumentUseCases documents() {
        return library.documents();
    }

    /** @return the store itself, for what no use case does: deleting an edition, reading its internal records */
    public Editions editions() {
        return editions;
    }

    /** @return the sample edition, as stored */
    public PublicEdition sample() {
        return library.programme().edition(new EditionQueryById(SAMPLE));
    }

    /**
     * @param format an export format
     * @return the sample in that format, in English
     */
    public byte[] export(String format) {
        return library.documents().export(new ExportQuery(SAMPLE, format, "en")).bytes();
    }

    /**
     * @param name the document's name
     * @return the context of an import of the sample's documents: the sample's id and zone
     */
    public static ImportContext context(String name) {
        return ImportContext.named(name).withEditionId(SAMPLE).withDefaultZone(ZoneId.of("Africa/Bamako"));
    }

    /** @return every edition and its releases, loaded, by id: what a reader of the store sees */
    public Map<String, Object> content() {
        Map<String, Object> state = new TreeMap<>();
        editions.list(EditionQuery.ALL).forEach(summary -> {
            EditionId id = summary.id();
            state.put(id.value(), editions.load(id).orElseThrow());
            state.put(id.value() + " releases", editions.releases(id));
        });
        return state;
    }

    /** @return the bytes of every file in the store's folder, by relative path */
    public Map<String, byte[]> files() {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /**
     * @return the SHA-256 of every file in the store's folder, by relative path: equal when no byte of
     *         the store changed. SQLite's {@code -shm} file is left out: it is the write-ahead log's
     *         shared-memory index, where every reader marks what it reads, not the database's content.
     */
    public Map<String, String> fingerprint() {
        Map<String, String> digests = new TreeMap<>();
        files().forEach((path, bytes) -> {
            if (!path.endsWith("-shm")) {
                digests.put(path, HexFormat.of().formatHex(sha256().digest(bytes)));
            }
        });
        return digests;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
