package org.digitalweek.event.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.heap.HeapFootprint;
import org.digitalweek.event.benchmarks.store.PostgresSaveProbe;

class ResultTableTest {

    private static Measurement m(String benchmark, double score, String... params) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            values.put(params[i], params[i + 1]);
        }
        return new Measurement(benchmark, values, score, Double.NaN);
    }

    @Test
    void aTargetAppliesOnlyAtItsSizesAndIsJudgedOnTheRatio() {
        List<Measurement> run = List.of(
                m("ConflictCheckBenchmark.check", 10, "sessions", "1000"),
                m("ConflictCheckBenchmark.sortOnly", 1, "sessions", "1000"),
                m("ConflictCheckBenchmark.check", 250, "sessions", "100000"),
                m("ConflictCheckBenchmark.sortOnly", 100, "sessions", "100000"),
                m("PairwiseBenchmark.check", 20, "sessions", "20000"),
                m("PairwiseBenchmark.pairwise", 1_000, "sessions", "20000"));

        String table = ResultTable.markdown(run, Comparisons.all(), Optional.empty(), Optional.empty());

        assertThat(table).contains("| conflict check / sort by start (limit) | 1k | 10 | 1 | 10 × |  |  |")
                .contains("| conflict check / sort by start (limit) | 100k | 250 | 100 | 2.50 × | ≤ 2.50 × | yes |")
                .contains("| conflict check / pairwise check (peer) | 20k | 20 | 1,000 | 50 × faster | ≥ 100 × faster | **no** |")
                .contains("| ConflictCheckBenchmark.check | 10 |  | 250 |  |  |");
    }

    @Test
    void theMillionSessionTwinIsARowOfItsOwnAndAColumnOfTheGrowthTable() {
        List<Measurement> run = List.of(
                m("ConflictCheckBenchmark.check", 200, "sessions", "100000"),
                m("ConflictCheckBenchmark.sortOnly", 100, "sessions", "100000"),
                m("ConflictCheckAtScaleBenchmark.check", 3_000, "sessions", "1000000"),
                m("ConflictCheckAtScaleBenchmark.sortOnly", 1_000, "sessions", "1000000"));

        String table = ResultTable.markdown(run, Comparisons.all(), Optional.empty(), Optional.empty());

        assertThat(table).contains("| conflict check / sort by start (limit) | 100k | 200 | 100 | 2 × | ≤ 2.50 × | yes |")
                .contains("| conflict check / sort by start (limit) | 1M | 3,000 | 1,000 | 3 × |  |  |")
                .contains("| ConflictCheckBenchmark.check |  |  | 200 | 3,000 |  |  | 15 × |")
                .doesNotContain("| ConflictCheckAtScaleBenchmark.check |");
    }

    @Test
    void aRunThatMeasuredNothingPrintsNoEmptyTable() {
        assertThat(ResultTable.markdown(List.of(), Comparisons.all(), Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aReSaveIsComparedWithASaveOfTheSameStoreAndSize() {
        List<Measurement> run = List.of(
                m("StoreBenchmark.save", 100, "store", "postgresql", "sessions", "10000"),
                m("StoreBenchmark.resaveAfterMove", 5, "store", "postgresql", "sessions", "10000"),
                m("StoreBenchmark.save", 40, "store", "sqlite", "sessions", "10000"),
                m("StoreBenchmark.resaveAfterMove", 20, "store", "sqlite", "sessions", "10000"),
                m("StoreBenchmark.save", 10, "store", "sqlite", "sessions", "1000"),
                m("StoreBenchmark.resaveAfterMove", 5, "store", "sqlite", "sessions", "1000"));

        String table = ResultTable.markdown(run, Comparisons.all(), Optional.empty(), Optional.empty());

        assertThat(table).contains("| PostgreSQL re-save after one move / save of every row | 10k | 5 | 100 | 0.0500 × | ≤ 0.200 × | yes |")
                .contains("| SQLite re-save after one move / save of every row | 10k | 20 | 40 | 0.500 × | ≤ 0.200 × | **no** |")
                .contains("| SQLite re-save after one move / save of every row | 1k | 5 | 10 | 0.500 × |  |  |");
    }

    @Test
    void aStoreIsJudgedOnItsSaveAndLoadTogether() {
        List<Measurement> run = List.of(
                m("StoreBenchmark.save", 30, "store", "file", "sessions", "10000"),
                m("StoreBenchmark.load", 20, "store", "file", "sessions", "10000"),
                m("StoreBenchmark.save", 90, "store", "sqlite", "sessions", "10000"),
                m("StoreBenchmark.load", 40, "store", "sqlite", "sessions", "10000"),
                m("JsonRoundTripBenchmark.roundTrip", 25, "sessions", "10000"));

        List<Comparison.Row> file = Comparisons.all().stream().filter(c -> c.title().startsWith("JSON files"))
                .findFirst().orElseThrow().rows(run);

        assertThat(file).singleElement().satisfies(row -> {
            assertThat(row.ours()).isEqualTo(50);
            assertThat(row.ratio()).isEqualTo(2);
            assertThat(row.met()).isTrue();
        });
        assertThat(ResultTable.markdown(run, Comparisons.all(), Optional.empty(), Optional.empty()))
                .contains("| SQLite save + load / canonical JSON round trip | 10k | 130 | 25 | 5.20 × |  |  |");
    }

    @Test
    void heapAndPostgresLinesSayWhetherTheirTargetIsMet() {
        HeapFootprint.Report heap = new HeapFootprint.Report(100_000, 3_000_000, 150_000_000,
                List.of(new HeapFootprint.ClassShare("String", 1_000_000, 40_000_000)));
        PostgresSaveProbe.Result save = new PostgresSaveProbe.Result(10_000, 45_000, 1, 812.5);

        String table = ResultTable.markdown(List.of(), Comparisons.all(), Optional.of(heap), Optional.of(save));

        assertThat(table).contains("| heap per session of a loaded edition | 100k | 1,500 bytes | | | ≤ 700 bytes | **no** |")
                .contains("| PostgreSQL save of a new edition | 10k | 813 (once) | | | one transaction | yes: 45,000 rows in 1 transaction |")
                .contains("| String | 1,000,000 | 40,000,000 | 400 |");
    }
}
