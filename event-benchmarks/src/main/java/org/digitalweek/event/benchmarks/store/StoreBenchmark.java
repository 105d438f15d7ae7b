package org.digitalweek.event.benchmarks.store;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * Saving an edition whole (a new version of it, as every edit does) and loading it, on each store,
 * to compare with the canonical JSON round trip alone ({@link JsonRoundTripBenchmark}). Each save
 * is durable as the store makes it: the JSON-file store writes a new file and renames it, SQLite
 * and PostgreSQL commit one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreBenchmark {

    /** The store: JSON files, SQLite or PostgreSQL. */
    @Param({"file", "sqlite", "postgresql"})
    public String store;

    /** How many sessions the edition has. */
    @Param({"1000", "10000"})
    public int sessions;

    private BenchStores stores;
    private Editions editions;
    private Edition stored;

    /** Opens an empty store and saves the edition once, outside the measurement. */
    @Setup
    public void open() {
        stores = new BenchStores(store);
        editions = stores.editions();
        stored = editions.save(Edition.of(Programmes.federated(sessions)), 0);
    }

    /** Closes the store and removes it. */
    @TearDown
    public void close() {
        stores.close();
    }

    /** @return the edition as stored, at its next version */
    @Benchmark
    public Edition save() {
        stored = editions.save(stored, stored.version());
        return stored;
    }

    /** @return the edition, read back whole */
    @Benchmark
    public Optional<Edition> load() {
        return editions.load(stored.id());
    }
}
