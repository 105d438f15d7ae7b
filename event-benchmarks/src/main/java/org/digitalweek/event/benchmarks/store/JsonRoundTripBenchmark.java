package org.digitalweek.event.benchmarks.store;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The canonical JSON round trip in memory: the edition written as the {@code json} format and read
 * back into an edition. The stores' save and load ({@link StoreBenchmark}) are compared with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonRoundTripBenchmark {

    /** How many sessions the edition has. */
    @Param({"1000", "10000"})
    public int sessions;

    private PublicEdition edition;

    /** Generates the programme, outside the measurement. */
    @Setup
    public void generate() {
        edition = Programmes.federated(sessions);
    }

    /** @return the edition, written and read back */
    @Benchmark
    public PublicEdition roundTrip() {
        return Programmes.jsonRoundTrip(edition);
    }
}
