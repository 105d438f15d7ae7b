package org.digitalweek.event.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, fuzzed imports: at least 10,000 mutated documents per import format, made from this
 * library's own export of the sample edition, each either imports or is refused with a typed,
 * located error; never another exception, never a hang, and the store, holding the
 * sample, is unchanged after every refusal: 10,000 documents per format into a JSON-file store, and
 * the first 1,000 of them again into an SQLite store. Prints one summary line per format and store.
 * The system property {@code fuzz.documents} changes the number for the JSON-file store (and the
 * SQLite store's in proportion). The formats run side by side, one per core.
 */
@Execution(ExecutionMode.CONCURRENT)
class FuzzedImportsTest {

    /**
     * A guard against documents that never finish (endless expansion, a parser loop), not a measure
     * of speed: on a loaded machine the largest mutant took over 5 s. Speed is measured by the
     * benchmarks (docs/performance.md); the sizes an import may reach are bounded by its limits.
     */
    private static final Duration ALLOWED = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} into a {1} store, {2} documents")
    @CsvSource({"json, file, 10000", "frab-xml, file, 10000", "frab-json, file, 10000", "schedule2, file, 10000",
        "ics, file, 10000", "json, sqlite, 1000", "frab-xml, sqlite, 1000", "frab-json, sqlite, 1000",
        "schedule2, sqlite, 1000", "ics, sqlite, 1000"})
    void everyMutatedDocumentImportsOrIsRefusedLocatedAndLeavesTheStore(String format, String kind, int documents)
            throws IOException {
        String canary = "CANARY-" + UUID.randomUUID();
        Path canaryFile = Files.writeString(folder.resolve("canary.txt"), canary);
        Path storeFolder = Files.createDirectory(folder.resolve("store-folder"));
        int count = (int) ((long) Integer.getInteger("fuzz.documents", 10_000) * documents / 10_000);
        try (SampleStore store = SampleStore.open(kind, storeFolder)) {
            Mutator mutator = new Mutator(format, store.export(format), canaryFile);
            FuzzFigures figures = new FuzzFigures(format, kind);

            List<String> broken = new FuzzedImports(store, format, canary, ALLOWED).run(mutator, count, figures);

            System.out.println(figures.summary());
            assertThat(broken).as("documents that broke a promise (kept in target/fuzz-failures)").isEmpty();
            assertThat(figures.attempts()).isEqualTo(count);
            assertThat(figures.refusals()).as("the mutations reach the refusals").isPositive();
            assertThat(figures.imports()).as("and some documents stay importable").isPositive();
        }
    }
}
