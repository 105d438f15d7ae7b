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

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import org.digitalweek.event.benchmarks.heap.HeapFootprint;
import org.digitalweek.event.benchmarks.report.Comparisons;
import org.digitalweek.event.benchmarks.report.Measurement;
import org.digitalweek.event.benchmarks.report.ResultTable;
import org.digitalweek.event.benchmarks.store.PostgresSaveProbe;

/**
 * Runs every benchmark in one JMH run, measures the heap per session and probes a PostgreSQL save,
 * then prints the tables of {@code docs/performance.md} and writes them, with JMH's own JSON
 * results, to {@code event-benchmarks/target/bench/}. {@code bench/run} starts it.
 *
 * <p>Arguments: {@code --full} for the longer profile (3 forks, 5 warm-up and 5 measured iterations
 * of 2 s) instead of the short one (1 fork, 2 warm-up and 3 measured iterations of 1 s); then,
 * optionally, regular expressions that choose benchmarks, as JMH's own command line takes them.
 */
public final class BenchmarkSuite {

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
        ChainedOptionsBuilder options = new OptionsBuilder()
                .mode(Mode.AverageTime)
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
                .result(out.resolve("jmh.json").toString());
        if (includes.isEmpty()) {
            includes.add(BenchmarkSuite.class.getPackageName() + "\\..*Benchmark\\..*");
        }
        includes.forEach(options::include);
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Measurement> measurements = results.stream().map(BenchmarkSuite::measurement).toList();

        boolean everything = args.length == (full ? 1 : 0);
        Optional<HeapFootprint.Report> heap = everything
                ? Optional.of(HeapFootprint.measure(100_000)) : Optional.empty();
        Optional<PostgresSaveProbe.Result> postgres = everything ? PostgresSaveProbe.run(10_000) : Optional.empty();
        String table = ResultTable.markdown(measurements, Comparisons.all(), heap, postgres);
        Files.writeString(out.resolve("table.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("Written to " + out.resolve("table.md") + " and " + out.resolve("jmh.json"));
    }

    private static Measurement measurement(RunResult result) {
        var params = result.getParams();
        String[] name = params.getBenchmark().split("\\.");
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : params.getParamsKeys()) {
            values.put(key, params.getParam(key));
        }
        return new Measurement(name[name.length - 2] + "." + name[name.length - 1], values,
                result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
    }
}
