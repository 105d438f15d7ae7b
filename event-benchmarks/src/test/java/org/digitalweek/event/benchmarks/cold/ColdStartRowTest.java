package org.digitalweek.event.benchmarks.cold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** A cold-start row: the median of its runs, its ratio to the hello-world, and its verdict. */
class ColdStartRowTest {

    @Test
    void aCommandWithinItsTargetIsMet() {
        ColdStartRow row = new ColdStartRow("`./digitalweek --version`", "17.0.15", List.of(120L, 90L, 100L, 110L),
                OptionalDouble.of(40), OptionalDouble.of(3));

        assertThat(row.median()).isEqualTo(105);
        assertThat(row.markdown()).isEqualTo("| `./digitalweek --version` | 17.0.15 | 105 | 90 … 120 | 2.6 × | ≤ 3 × | yes |");
    }

    @Test
    void aCommandOverItsTargetIsNotMetAndARowForInformationHasNoVerdict() {
        ColdStartRow over = new ColdStartRow("`./digitalweek programme snm-2026`", "17.0.15", List.of(300L, 250L, 280L),
                OptionalDouble.of(40), OptionalDouble.of(6));
        ColdStartRow info = new ColdStartRow("`./digitalweek --help` (AOT cache)", "25.0.3", List.of(80L),
                OptionalDouble.of(40), OptionalDouble.empty());

        assertThat(over.markdown()).endsWith("| 280 | 250 … 300 | 7.0 × | ≤ 6 × | **no** |");
        assertThat(info.markdown()).endsWith("| 80 | 80 … 80 | 2.0 × |  |  |");
    }
}
