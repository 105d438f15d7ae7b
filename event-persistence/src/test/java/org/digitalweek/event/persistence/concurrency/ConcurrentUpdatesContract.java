package org.digitalweek.event.persistence.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * No lost update, for every store: 8 threads make 500 updates each to one edition, through two
 * stores open on the same data, each update read, changed, saved with the version read, and retried
 * after every {@code VersionConflictException}. At the end the edition is at version 1 + 4,000 and
 * holds every writer's 500th update; the writers must have met (conflicts were detected), or the
 * test proved nothing. A subclass opens the store; it reports how long the writers took.
 */
public abstract class ConcurrentUpdatesContract {

    /** Writer threads. */
    protected static final int THREADS = OwnedSessions.WRITERS;
    /** Updates each writer makes. */
    protected static final int UPDATES = 500;

    private final List<Editions> opened = new ArrayList<>();

    /**
     * @return a store on this test's data, empty at the first call; each call opens another store on
     *         the same data, where the store allows it
     */
    protected abstract Editions openStore();

    /** @return a store opened by {@link #openStore()}, closed after the test */
    protected final Editions open() {
        Editions store = openStore();
        opened.add(store);
        return store;
    }

    /** Closes the stores the test opened; a subclass that drops the data calls it first. */
    @AfterEach
    protected final void closeStores() {
        opened.forEach(Editions::close);
        opened.clear();
    }

    @Test
    void eightThreadsOfFiveHundredUpdatesLoseNone() throws Exception {
        List<Editions> stores = List.of(open(), open());
        stores.get(0).save(OwnedSessions.initial(), 0);
        CountDownLatch together = new CountDownLatch(THREADS); // else the first could finish before the last starts
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int writer = w;
            writers.add(() -> {
                together.countDown();
                together.await();
                return Updater.update(stores.get(writer % 2), writer, UPDATES);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        int conflicts = 0;
        try {
            for (Future<Integer> writer : pool.invokeAll(writers, 10, TimeUnit.MINUTES)) {
                conflicts += writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        Edition last = open().load(OwnedSessions.ID).orElseThrow();
        OwnedSessions.assertHoldsEveryUpdate(last, THREADS, UPDATES);
        assertThat(conflicts).as("conflicts detected and retried").isPositive();
        // The figures for docs/storage.md.
        System.out.printf("%s: %d threads x %d updates, %d conflicts detected and retried, version %d, %d ms%n",
                getClass().getSimpleName(), THREADS, UPDATES, conflicts, last.version(), millis);
    }
}
