package org.digitalweek.event.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark at scale does the work of {@link ConflictCheckBenchmark}, only on more sessions. */
class ConflictCheckAtScaleBenchmarkTest {

    @Test
    void checksAndSortsTheSameProgrammeAsTheSmallerBenchmark() {
        ConflictCheckAtScaleBenchmark atScale = new ConflictCheckAtScaleBenchmark();
        ConflictCheckBenchmark small = new ConflictCheckBenchmark();
        atScale.sessions = 1_000;
        small.sessions = 1_000;
        atScale.generate();
        small.generate();

        assertThat(atScale.check()).isEqualTo(small.check());
        assertThat(atScale.sortOnly()).isEqualTo(small.sortOnly()).hasSize(1_000);
    }
}
