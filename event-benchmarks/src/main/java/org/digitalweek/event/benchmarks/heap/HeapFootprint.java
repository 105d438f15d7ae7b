package org.digitalweek.event.benchmarks.heap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openjdk.jol.info.GraphLayout;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.persistence.json.JsonFileEditions;

/**
 * The heap an edition takes once loaded: the edition is generated, saved to a JSON-file store and
 * loaded back by a new store, as a program that reads it from disk would hold it; then JOL walks
 * everything it reaches and adds up the objects' sizes, as the JVM lays them out.
 */
public final class HeapFootprint {

    static {
        // JOL finds field offsets through Unsafe, which refuses the fields of records unless JOL
        // uses its own probe; without it, it would need an agent attached to the running JVM.
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
    }

    private HeapFootprint() {
    }

    /**
     * What an edition takes.
     *
     * @param sessions its sessions
     * @param objects  the objects it reaches
     * @param bytes    their size in all
     * @param largest  the classes that take the most, largest first: class, count, bytes
     */
    public record Report(int sessions, long objects, long bytes, List<ClassShare> largest) {

        /** @return bytes per session, the whole edition divided by its sessions */
        public double bytesPerSession() {
            return (double) bytes / sessions;
        }
    }

    /**
     * @param name  a class's simple name
     * @param count its instances
     * @param bytes their size
     */
    public record ClassShare(String name, long count, long bytes) {
    }

    /**
     * @param sessions the size of the federated week to measure
     * @return what its loaded edition takes
     */
    public static Report measure(int sessions) {
        Path folder;
        try {
            folder = Files.createTempDirectory("digitalweek-heap-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            PublicEdition generated = Programmes.federated(sessions);
            try (JsonFileEditions store = JsonFileEditions.open(folder)) {
                store.save(Edition.of(generated), 0);
            }
            Edition loaded;
            try (JsonFileEditions store = JsonFileEditions.open(folder)) {
                loaded = store.load(generated.id()).orElseThrow();
            }
            return of(loaded, sessions);
        } finally {
            delete(folder);
        }
    }

    /**
     * @param edition  an edition
     * @param sessions its sessions
     * @return what it takes
     */
    static Report of(Object edition, int sessions) {
        GraphLayout layout = GraphLayout.parseInstance(edition);
        List<ClassShare> largest = layout.getClasses().stream()
                .map(c -> new ClassShare(c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName(),
                        layout.getClassCounts().count(c), layout.getClassSizes().count(c)))
                .sorted(Comparator.comparingLong(ClassShare::bytes).reversed())
                .limit(10)
                .toList();
        return new Report(sessions, layout.totalCount(), layout.totalSize(), largest);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
