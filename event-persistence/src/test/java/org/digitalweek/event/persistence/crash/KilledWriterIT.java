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
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/**
 * A writer process killed with {@code kill -9} in the middle of its saves, 200 times in a row on
 * the same store: each time, the store opens and holds the last version the writer committed (or
 * the one it was committing when it died), whole, with every release it published.
 *
 * <p>Where the kill falls: the writer is let go, commits 1 to 3 versions, and is killed at a random
 * time within its next write (0 to 1.5 times its average write so far), not right after a reported
 * commit: so the kill lands anywhere in a write, before, during or after the rename or the SQLite
 * commit. One kill in ten falls instead at once after the writer is let go, often while it opens the
 * store (which removes leftovers, or recovers SQLite's write-ahead log).
 *
 * <p>Time: a JVM takes far longer to start than a write, so the next writer is started and warmed
 * up (see {@link CrashingWriter}) while the current one writes and the store is checked.
 */
class KilledWriterIT {

    private static final int KILLS = 200;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "sqlite"})
    void theStoreAlwaysOpensWithTheLastCommittedVersion(String kind) throws Exception {
        String uri = uri(kind, "store");
        Random random = new Random(20260129L);
        long started = System.nanoTime();
        long lastSeen = 0;
        int ahead = 0;
        int early = 0;
        Process next = start(uri, kind, 1);
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                Process writer = next;
                awaitLines(writer, log(kill), "warm", 1);
                next = kill < KILLS ? start(uri, kind, kill + 1) : null;
                boolean atOnce = kill > 1 && random.nextInt(10) == 0; // the first must create the edition
                early += atOnce ? 1 : 0;
                long committed = Math.max(lastSeen, runAndKill(writer, kill, atOnce, random));
                long found = checkStore(uri, kill, committed, lastSeen);
                ahead += found > committed ? 1 : 0;
                lastSeen = found;
            }
        } finally {
            if (next != null) {
                next.destroyForcibly();
            }
        }
        assertThat(lastSeen).isGreaterThan(KILLS);
        try (Editions store = StoreCatalogue.discover(getClass().getClassLoader()).open(uri)) {
            assertReleasesWhole(store, lastSeen, 1);
        }
        // The figures for docs/storage.md: how often the kill fell after a commit the writer had not yet
        // reported, and how often it fell as soon as the writer was let go.
        System.out.printf("%s: %d kills (%d at once), %d versions written, store one version ahead of the last"
                + " report %d times, %d s%n", kind, KILLS, early, lastSeen, ahead,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Starts writer number {@code number}, which warms up on the scratch store and waits. */
    private Process start(String uri, String kind, int number) throws IOException {
        return new ProcessBuilder(List.of(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), uri,
                uri(kind, "scratch"))).redirectOutput(log(number).toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * Lets the writer go and kills it: at once, or within the write after its first 1 to 3 commits.
     *
     * @return the last version it reported, found or committed; -1 if it reported none
     */
    private long runAndKill(Process writer, int number, boolean atOnce, Random random)
            throws IOException, InterruptedException {
        writer.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
        writer.getOutputStream().flush();
        if (!atOnce) {
            awaitLines(writer, log(number), "found", 1);
            long found = System.nanoTime();
            int commits = 1 + random.nextInt(3);
            awaitLines(writer, log(number), "committed", commits);
            long averageWrite = (System.nanoTime() - found) / commits;
            TimeUnit.NANOSECONDS.sleep((long) (averageWrite * 1.5 * random.nextDouble()));
        }
        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return reported(log(number)).stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** @return the version the store holds, checked to be the last committed one or the next, whole */
    private long checkStore(String uri, int kill, long committed, long lastSeen) {
        try (Editions store = StoreCatalogue.discover(getClass().getClassLoader()).open(uri)) {
            Edition found = store.load(CrashingWriter.ID).orElseThrow();
            assertThat(found.version()).as("kill %d", kill).isBetween(committed, committed + 1)
                    .isGreaterThanOrEqualTo(lastSeen);
            assertThat(CrashingWriter.isWhole(found)).as("kill %d: version %d whole", kill, found.version()).isTrue();
            // Releases are never rewritten: those checked after earlier kills need no second look until the end.
            assertReleasesWhole(store, found.version(), (int) (lastSeen / 5) + 1);
            return found.version();
        }
    }

    /** Checks that there is one release per 5 versions, and that those from number {@code from} are whole. */
    private static void assertReleasesWhole(Editions store, long version, int from) {
        List<ReleaseSummary> releases = store.releases(CrashingWriter.ID);
        assertThat(releases.size()).isEqualTo((int) (version / 5));
        for (ReleaseSummary summary : releases.subList(Math.min(from - 1, releases.size()), releases.size())) {
            Release release = store.release(CrashingWriter.ID, summary.number()).orElseThrow();
            assertThat(release.label()).isEqualTo("r" + summary.number());
            assertThat(release.programme().version()).isEqualTo(summary.number() * 5L);
            assertThat(release.programme().title().resolve("fr")).isEqualTo("Révision " + summary.number() * 5);
        }
    }

    private String uri(String kind, String name) {
        return kind.equals("file") ? "file:" + folder.resolve(name) : "jdbc:sqlite:" + folder.resolve(name + ".db");
    }

    private static void awaitLines(Process writer, Path log, String start, int count)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(start)).count()
                < count) {
            assertThat(writer.isAlive()).as("writer alive, waiting for '%s'", start).isTrue();
            assertThat(System.nanoTime()).as("'%s' in time", start).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private Path log(int number) {
        return folder.resolve("writer-" + number + ".log");
    }

    /** The versions the writer reported, found or committed; a line cut short by the kill says nothing. */
    private static List<Long> reported(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.matches("(found|committed) \\d+"))
                .map(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1))).toList();
    }

    private static String javaCommand() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
