package org.digitalweek.event.benchmarks.rules;

import java.util.List;
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
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/**
 * {@link ConflictCheckBenchmark} at a million sessions: the same check beside the same limit, the
 * sort by start, on the same federated week ({@link Programmes#federated(int)}), to show how the cost
 * grows past the sizes of the short profile. The suite runs it apart, single-shot, with a larger heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConflictCheckAtScaleBenchmark {

    /** How many sessions the programme has. */
    @Param({"1000000"})
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

    /** @return the sessions in order of start: the limit */
    @Benchmark
    public List<Session> sortOnly() {
        return edition.sessions().stream().sorted(ConflictCheckBenchmark.BY_START).toList();
    }
}
