package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;

/**
 * Several stores on one folder, as several processes would have: every write is checked against
 * the version on disk while holding the folder's lock, so no update is lost and of two writers
 * that read the same version exactly one wins.
 */
class ConcurrentWritersTest {

    private static final int THREADS = 8;

    @TempDir
    Path temp;

    private Path folder;
    private JsonFileEditions[] stores;
    private EditionId id;
    private ExecutorService pool;

    @BeforeEach
    void twoStoresOnOneFolder() {
        folder = temp.resolve("store");
        stores = new JsonFileEditions[] {JsonFileEditions.open(folder), JsonFileEditions.open(folder)};
        id = stores[0].save(week(), 0).id();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void manyWritersThroughTwoStoresLoseNoUpdate() throws Exception {
        int updatesEach = 10;
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            JsonFileEditions store = stores[w % 2];
            writers.add(() -> OtherProcessWriter.updateRepeatedly(store, id, updatesEach));
        }

        int conflicts = 0;
        for (Future<Integer> writer : pool.invokeAll(writers, 120, TimeUnit.SECONDS)) {
            conflicts += writer.get();
        }

        assertThat(stores[1].load(id).orElseThrow().version()).isEqualTo(1 + THREADS * updatesEach);
        assertThat(conflicts).as("writers met each other").isPositive();
    }

    @Test
    void ofWritersThatReadTheSameVersionExactlyOneWins() throws Exception {
        Edition read = stores[0].load(id).orElseThrow();
        List<Future<Boolean>> outcomes = allAtOnce(store -> store.save(read, 1));

        assertThat(wins(outcomes)).isEqualTo(1);
        assertThat(stores[1].load(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void ofPublishersThatReadTheSameVersionExactlyOneWins() throws Exception {
        Edition read = stores[0].load(id).orElseThrow();
        Release one = new Release(id, 1, "1.0", Instant.parse("2027-02-01T10:00:00Z"),
                read.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(2).build());
        List<Future<Boolean>> outcomes = allAtOnce(store -> store.publish(read, 1, one));

        assertThat(wins(outcomes)).isEqualTo(1);
        assertThat(stores[1].releases(id)).hasSize(1);
        assertThat(stores[1].release(id, 1)).contains(one);
    }

    @Test
    void writersInOtherProcessesLoseNoUpdate() throws Exception {
        int updatesEach = 10;
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OtherProcessWriter.class.getName(),
                    folder.toString(), id.value(), String.valueOf(updatesEach))
                    .redirectErrorStream(true).redirectOutput(temp.resolve("process-" + p + ".log").toFile())
                    .start());
        }
        Future<Integer> here = pool.submit(() -> OtherProcessWriter.updateRepeatedly(stores[0], id, updatesEach));

        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("exit value; see " + temp).isZero();
        }
        here.get(120, TimeUnit.SECONDS);

        assertThat(stores[1].load(id).orElseThrow().version()).isEqualTo(1 + 3 * updatesEach);
    }

    /** A write through one of the two stores. */
    @FunctionalInterface
    private interface Write {
        void to(JsonFileEditions store);
    }

    /** @return for each thread, whether its write won; all threads start the write together */
    private List<Future<Boolean>> allAtOnce(Write write) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            JsonFileEditions store = stores[w % 2];
            outcomes.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    write.to(store);
                    return true;
                } catch (VersionConflictException e) {
                    return false;
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        return outcomes;
    }

    private static long wins(List<Future<Boolean>> outcomes) throws InterruptedException, ExecutionException {
        long wins = 0;
        for (Future<Boolean> outcome : outcomes) {
            wins += outcome.get() ? 1 : 0;
        }
        return wins;
    }
}
