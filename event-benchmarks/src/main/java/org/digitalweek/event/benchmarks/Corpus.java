package org.digitalweek.event.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real-world schedules of {@code ../shared/corpus/schedules}, found from the working folder
 * (the repository's root, where {@code bench/run} starts, or a module's folder), or from the folder
 * the system property {@value #PROPERTY} names.
 */
public final class Corpus {

    /** The system property that names the folder of the schedules. */
    public static final String PROPERTY = "digitalweek.corpus";

    private Corpus() {
    }

    /**
     * @param name a file name, e.g. {@code fosdem-2021.xml}
     * @return its bytes
     * @throws IllegalStateException when the corpus is nowhere to be found, naming where it looked
     */
    public static byte[] schedule(String name) {
        List<Path> folders = System.getProperty(PROPERTY) != null
                ? List.of(Path.of(System.getProperty(PROPERTY)))
                : List.of(Path.of("../shared/corpus/schedules"), Path.of("../../shared/corpus/schedules"));
        for (Path folder : folders) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("corpus file " + name + " not found in " + folders.stream()
                .map(f -> f.toAbsolutePath().normalize().toString()).toList() + "; set -D" + PROPERTY + "=FOLDER");
    }
}
