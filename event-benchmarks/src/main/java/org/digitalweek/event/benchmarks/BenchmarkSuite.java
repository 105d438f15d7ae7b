package org.digitalweek.event.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import org.digitalweek.event.benchmarks.cold.ColdStartProbe;
import org.digitalweek.event.benchmarks.heap.HeapFootprint;
import org.digitalweek.event.benchmarks.report.Comparisons;
import org.digitalweek.event.benchmarks.report.Measurement;
import org.digitalweek.event.benchmarks.report.ResultTable;
import org.digitalweek.event.benchmarks.rules.PairwiseBenchmark;
import org.digitalweek.event.benchmarks.store.PostgresSaveProbe;

/**
 * Runs every benchmark in one JMH run, measures the heap per session and probes a PostgreSQL save,
 * then prints the tables of {@code docs/performance.md} and writes them, with JMH's own JSON
 * results, to {@code event-benchmarks/target/bench/}. {@code bench/run} starts it.
 *
 * <p>Arguments: {@code --full} for the longer profile (3 forks, 5 warm-up and 5 measured iterations
 * of 2 s) instead of the short one (1 fork, 2 warm-up and 3 measured iterations of 1 s); then,
 * optionally, regular expressions that choose benchmarks, as JMH's own command line takes them.
 *
 * <p>Two kinds of benchmark run apart, one operation at a time: the naive pairwise check (seconds an
 * operation), and the {@code *AtScaleBenchmark} classes (a million sessions, with a larger heap).
 */
public final class BenchmarkSuite {

    /** The benchmarks at a million sessions: each operation takes seconds and gigabytes. */
    private static final List<String> AT_SCALE = List.of(
            "rules.ConflictCheckAtScaleBenchmark.check", "rules.ConflictCheckAtScaleBenchmark.sortOnly",
            "json.JsonRoundTripAtScaleBenchmark.roundTrip", "json.JsonRoundTripAtScaleBenchmark.rawRoundTrip");

    private BenchmarkSuite() {
    }

    /**
     * @param args {@code [--full] [regex...]}
     * @throws RunnerException when a benchmark fails
     * @throws IOException     when the results cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        boolean full = args.length > 0 && args[0].equals("--full");
        List<String> includes = new ArrayList<>(List.of(args).subList(full ? 1 : 0, args.length));
        Path out = Path.of("event-benchmarks", "target", "bench");
        if (!Files.isDirectory(out.getParent())) {
            out = Path.of("target", "bench");
        }
        Files.createDirectories(out);
        boolean everything = includes.isEmpty();
        // The cold start of the command line is no JMH benchmark: ColdStartProbe times whole JVMs.
        boolean coldStart = includes.removeIf(regex -> regex.contains("ColdStart")) || everything;
        if (everything) {
            includes.add(BenchmarkSuite.class.getPackageName() + "\\..*Benchmark\\..*");
        }
        List<RunResult> results = new ArrayList<>();
        String pairwise = PairwiseBenchmark.class.getName() + ".pairwise";
        if (includes.stream().anyMatch(regex -> Pattern.compile(regex).matcher(pairwise).find())) {
            // The naive pairwise check takes seconds an operation: one run to warm up, then single runs.
            results.addAll(run(options(full, out.resolve("jmh-pairwise.json"), Mode.SingleShotTime).include(pairwise)
                    .warmupIterations(1).measurementIterations(full ? 5 : 3)));
        }
        List<String> atScale = AT_SCALE.stream().map(name -> BenchmarkSuite.class.getPackageName() + "." + name)
                .filter(name -> includes.stream().anyMatch(regex -> Pattern.compile(regex).matcher(name).find()))
                .toList();
        if (!atScale.isEmpty()) {
            // A million sessions: an edition of about a gigabyte and a document of 700 MB, hence the heap,
            // sized and touched at the start so that a collection or a first touch of pages does not land in one shot.
            ChainedOptionsBuilder large = options(full, out.resolve("jmh-at-scale.json"), Mode.SingleShotTime)
                    .warmupIterations(1).measurementIterations(full ? 5 : 3)
                    .jvmArgsAppend("-Xms12g", "-Xmx16g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC");
            atScale.forEach(name -> large.include(Pattern.quote(name) + "$"));
            results.addAll(run(large));
        }
        ChainedOptionsBuilder everythingElse = options(full, out.resolve("jmh.json"), Mode.AverageTime)
                .exclude(pairwise).exclude("AtScaleBenchmark");
        includes.forEach(everythingElse::include);
        if (everything || !includes.isEmpty()) {
            try {
                results.addAll(run(everythingElse));
            } catch (NoBenchmarksException onlyTheRunsApart) {
                // e.g. bench/run '.*AtScaleBenchmark.*': everything asked for ran above
            }
        }
        List<Measurement> measurements = results.stream().map(BenchmarkSuite::measurement).toList();

        Optional<HeapFootprint.Report> heap = everything
                ? Optional.of(HeapFootprint.measure(100_000)) : Optional.empty();
        Optional<PostgresSaveProbe.Result> postgres = everything ? PostgresSaveProbe.run(10_000) : Optional.empty();
        String table = ResultTable.markdown(measurements, Comparisons.all(), heap, postgres)
                + (coldStart ? (measurements.isEmpty() ? "" : "\n") + ColdStartProbe.markdown() : "");
        Files.writeString(out.resolve("table.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + out.resolve("table.md") + ", with JMH's results in " + out);
    }

    /** The run's options; one mode only, as each call of {@code mode} adds one and each mode is a run of its own. */
    private static ChainedOptionsBuilder options(boolean full, Path result, Mode mode) {
        return new OptionsBuilder()
                .mode(mode)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(full ? 3 : 1)
                .warmupIterations(full ? 5 : 2)
                .warmupTime(TimeValue.seconds(full ? 2 : 1))
                .measurementIterations(full ? 5 : 3)
                .measurementTime(TimeValue.seconds(full ? 2 : 1))
                // The parallel collector: G1's times vary several fold on 2 cores (docs/performance.md).
                .jvmArgsAppend("-Xms2g", "-Xmx6g", "-XX:+UseParallelGC")
                .shouldFailOnError(false) // one failing benchmark must not lose the others: its rows are left out
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    /** The score, and half the spread between the fastest and the slowest measured iteration. */
    private static Measurement measurement(RunResult result) {
        var params = result.getParams();
        String[] name = params.getBenchmark().split("\\.");
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        var statistics = result.getPrimaryResult().getStatistics();
        double halfSpread = statistics.getN() > 1 ? (statistics.getMax() - statistics.getMin()) / 2 : Double.NaN;
        return new Measurement(name[name.length - 2] + "." + name[name.length - 1], values,
                result.getPrimaryResult().getScore(), halfSpread);
    }
}
