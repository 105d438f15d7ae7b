package org.digitalweek.event.persistence.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;

/**
 * {@link ConcurrentUpdatesContract} for a store that several processes can open at once (a folder,
 * a database file, a server), plus writers in two other processes: each a JVM of its own running
 * {@link Updater} on the store's URI, 500 updates each, at the same time, none lost.
 */
public abstract class SharedStoreConcurrencyContract extends ConcurrentUpdatesContract {

    /** Writer processes. */
    protected static final int PROCESSES = 2;

    @TempDir
    Path logs;

    /** @return the URI another process opens this test's data by, through the store catalogue */
    protected abstract String uri();

    @Test
    void twoProcessesOfFiveHundredUpdatesLoseNone() throws Exception {
        open().save(OwnedSessions.initial(), 0);
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int writer = 0; writer < PROCESSES; writer++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Updater.class.getName(),
                    uri(), String.valueOf(writer), String.valueOf(UPDATES))
                    .redirectErrorStream(true).redirectOutput(log(writer).toFile()).start());
        }
        startTogether(processes);
        int conflicts = 0;
        for (int writer = 0; writer < PROCESSES; writer++) {
            Process process = processes.get(writer);
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("writer %d finished", writer).isTrue();
            assertThat(process.exitValue()).as("writer %d: %s", writer, output(writer)).isZero();
            conflicts += conflictsReported(writer);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        Edition last = open().load(OwnedSessions.ID).orElseThrow();
        OwnedSessions.assertHoldsEveryUpdate(last, PROCESSES, UPDATES);
        assertThat(conflicts).as("conflicts detected and retried").isPositive();
        System.out.printf("%s: %d processes x %d updates, %d conflicts detected and retried, version %d, %d ms%n",
                getClass().getSimpleName(), PROCESSES, UPDATES, conflicts, last.version(), millis);
    }

    /** Waits until every writer has opened the store, then lets them all go at once. */
    private void startTogether(List<Process> processes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (int writer = 0; writer < processes.size(); writer++) {
            while (!output(writer).lines().anyMatch("ready"::equals)) {
                assertThat(processes.get(writer).isAlive()).as("writer %d: %s", writer, output(writer)).isTrue();
                assertThat(System.nanoTime()).as("writer %d ready in time", writer).isLessThan(deadline);
                Thread.sleep(10);
            }
        }
        for (Process process : processes) {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
        }
    }

    private Path log(int writer) {
        return logs.resolve("writer-" + writer + ".log");
    }

    private String output(int writer) throws IOException {
        return Files.readString(log(writer), StandardCharsets.UTF_8);
    }

    private int conflictsReported(int writer) throws IOException {
        return output(writer).lines().filter(l -> l.startsWith("conflicts ")).mapToInt(
                l -> Integer.parseInt(l.substring("conflicts ".length()))).findFirst().orElseThrow();
    }
}
