package org.digitalweek.event.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.ReleaseSummary;
import org.digitalweek.event.domain.service.StoreCatalogue;

/**
 * A writer process killed with {@code kill -9} in the middle of its saves, 100 times in a row on
 * the same store: each time, the store opens and holds the last version the writer committed (or
 * the one it was committing when it died), whole, with every release it published.
 */
class KilledWriterIT {

    private static final int KILLS = 100;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "sqlite"})
    void theStoreAlwaysOpensWithTheLastCommittedVersion(String kind) throws Exception {
        String uri = kind.equals("file") ? "file:" + folder.resolve("store") : "jdbc:sqlite:" + folder.resolve("store.db");
        Random random = new Random(20260129L);
        long lastSeen = 0;
        int ahead = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long committed = runAndKill(uri, 1 + random.nextInt(8));
            try (Editions store = StoreCatalogue.discover(getClass().getClassLoader()).open(uri)) {
                Edition found = store.load(CrashingWriter.ID).orElseThrow();
                assertThat(found.version()).as("kill %d", kill).isBetween(committed, committed + 1)
                        .isGreaterThanOrEqualTo(lastSeen);
                assertThat(CrashingWriter.isWhole(found)).as("kill %d: version %d whole", kill, found.version())
                        .isTrue();
                assertReleasesWhole(store, found);
                ahead += found.version() > committed ? 1 : 0;
                lastSeen = found.version();
            }
        }
        assertThat(lastSeen).isGreaterThan(KILLS);
        // The figure for docs/storage.md: how often the kill fell after a commit the writer had not yet reported.
        System.out.printf("%s: %d kills, %d versions written, store one version ahead of the last report %d times%n",
                kind, KILLS, lastSeen, ahead);
    }

    /**
     * Starts the writer, lets it report {@code writes} new commits (after the line for the version it
     * found), kills it, and returns the last commit it reported. Its output goes to a file, which keeps
     * every line it wrote before it died.
     */
    private long runAndKill(String uri, int writes) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "writer", ".log");
        Process writer = new ProcessBuilder(List.of(javaCommand(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), uri))
                .redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reported(log).size() <= writes && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<Long> commits = reported(log);
        assertThat(commits).as("the writer committed before it was killed").isNotEmpty();
        return commits.get(commits.size() - 1);
    }

    /** The commits the writer reported; a line cut short by the kill says nothing. */
    private static List<Long> reported(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.matches("committed \\d+"))
                .map(l -> Long.parseLong(l.substring("committed ".length()))).toList();
    }

    private static void assertReleasesWhole(Editions store, Edition found) {
        List<ReleaseSummary> releases = store.releases(CrashingWriter.ID);
        assertThat(releases.size()).isEqualTo((int) (found.version() / 5));
        for (ReleaseSummary summary : releases) {
            Release release = store.release(CrashingWriter.ID, summary.number()).orElseThrow();
            assertThat(release.label()).isEqualTo("r" + summary.number());
            assertThat(release.programme().version()).isEqualTo(summary.number() * 5L);
            assertThat(release.programme().title().resolve("fr")).isEqualTo("Révision " + summary.number() * 5);
        }
    }

    private static String javaCommand() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
