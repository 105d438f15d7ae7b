package org.digitalweek.event.benchmarks.rules;

import java.time.Duration;
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
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/**
 * The conflict check beside the naive check that compares every pair of sessions
 * ({@link PairwiseCheck}), at a size where the pairwise check still ends in seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PairwiseBenchmark {

    /** How many sessions the programme has. */
    @Param({"20000"})
    public int sessions;

    private PublicEdition edition;
    private final ProgrammeChecker checker = new ProgrammeChecker();

    /** Generates the programme, outside the measurement. */
    @Setup
    public void generate() {
        edition = Programmes.federated(sessions);
    }

    /** @return the findings of every rule */
    @Benchmark
    public CheckReport check() {
        return checker.check(edition);
    }

    /** @return the double bookings and short journeys, found by comparing every pair */
    @Benchmark
    public PairwiseCheck.Counts pairwise() {
        return PairwiseCheck.check(edition, Duration.ofMinutes(30));
    }
}
