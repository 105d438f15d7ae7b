package org.digitalweek.event.benchmarks.rules;

import java.util.Comparator;
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
 * The conflict check, every rule on, beside its limit: sorting the same sessions by start, which
 * any check that does not compare every pair must do at least once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConflictCheckBenchmark {

    /** The order the checker sorts by: start, then id. */
    static final Comparator<Session> BY_START =
            Comparator.comparing((Session s) -> s.slot().start()).thenComparing(Session::id);

    /** How many sessions the programme has. */
    @Param({"1000", "10000", "100000"})
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
        return edition.sessions().stream().sorted(BY_START).toList();
    }
}
