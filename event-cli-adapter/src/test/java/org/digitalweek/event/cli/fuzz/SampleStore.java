package org.digitalweek.event.cli.fuzz;

import java.io.ByteArrayOutputStream;
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

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * A real store in a folder of its own (a JSON-file store or an SQLite database), opened through the
 * composition root and holding the bundled sample edition: the target of tests that import broken
 * documents and then check that nothing in it changed.
 */
public final class SampleStore implements AutoCloseable {

    /** The fixed clock of the tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
    /** The sample edition's id. */
    public static final String SAMPLE = "snm-2026";
    /** Every import format, by id. */
    public static final List<String> FORMATS = List.of("json", "frab-xml", "frab-json", "schedule2", "ics");

    private final Path folder;
    private final CompositionRoot root;

    private SampleStore(Path folder, CompositionRoot root) {
        this.folder = folder;
        this.root = root;
    }

    /**
     * @param kind   {@code file} or {@code sqlite}
     * @param folder an empty folder that holds the store and nothing else
     * @return the store, holding the sample
     */
    public static SampleStore open(String kind, Path folder) {
        String uri = kind.equals("file") ? "file:" + folder.resolve("store") : "jdbc:sqlite:" + folder.resolve("s.db");
        return new SampleStore(folder, CompositionRoot.open(uri, CLOCK, true));
    }

    /** @return the composition root over the store */
    public CompositionRoot root() {
        return root;
    }

    /** @return the sample edition, as stored */
    public PublicEdition sample() {
        return root.editions().load(new EditionId(SAMPLE)).orElseThrow().publicView();
    }

    /**
     * @param format an export format
     * @return the sample in that format, in English
     */
    public byte[] export(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            root.formats().exporter(format).orElseThrow().export(sample(), new ExportContext(CLOCK, "en"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        root.editions().list(EditionQuery.ALL).forEach(summary -> {
            EditionId id = summary.id();
            state.put(id.value(), root.editions().load(id).orElseThrow());
            state.put(id.value() + " releases", root.editions().releases(id));
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
        root.close();
    }
}
