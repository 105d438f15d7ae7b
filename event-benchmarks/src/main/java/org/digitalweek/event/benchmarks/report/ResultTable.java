package org.digitalweek.event.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.benchmarks.heap.HeapFootprint;
import org.digitalweek.event.benchmarks.store.PostgresSaveProbe;

/**
 * The tables of {@code docs/performance.md}, in Markdown, from one run: each comparison with its
 * ratio and whether its target is met, how each benchmark's time grows with the sessions, the heap
 * per session and the shape of a PostgreSQL save.
 */
public final class ResultTable {

    /** The most heap a session may take, with its share of the whole edition (issue 20). */
    public static final double HEAP_TARGET_BYTES = 700;

    private ResultTable() {
    }

    /**
     * @param measurements every JMH result of the run
     * @param comparisons  the comparisons to show
     * @param heap         the heap measure, if taken
     * @param postgres     the PostgreSQL save probe, if a server was there
     * @return the tables; nothing when nothing was measured (a run of the cold start alone)
     */
    public static String markdown(List<Measurement> measurements, List<Comparison> comparisons,
                                  Optional<HeapFootprint.Report> heap, Optional<PostgresSaveProbe.Result> postgres) {
        StringBuilder out = new StringBuilder();
        if (measurements.isEmpty() && heap.isEmpty() && postgres.isEmpty()) {
            return "";
        }
        out.append("| comparison | sessions | ours (ms) | limit or peer (ms) | ratio | target | met |\n");
        out.append("|---|---:|---:|---:|---:|---|---|\n");
        for (Comparison comparison : comparisons) {
            for (Comparison.Row row : comparison.rows(measurements)) {
                out.append("| ").append(comparison.title())
                        .append(" | ").append(Tables.size(row.sessions()))
                        .append(" | ").append(withError(row.ours(), row.oursErr()))
                        .append(" | ").append(withError(row.limit(), row.limitErr()))
                        .append(" | ").append(comparison.target().ratioText(row.ratio()))
                        .append(" | ").append(row.target().text())
                        .append(" | ").append(verdict(row)).append(" |\n");
            }
        }
        heap.ifPresent(h -> out.append("| heap per session of a loaded edition | ").append(Tables.size(
                String.valueOf(h.sessions()))).append(" | ").append(Tables.number(h.bytesPerSession()))
                .append(" bytes | | | ≤ ").append(Tables.number(HEAP_TARGET_BYTES)).append(" bytes | ").append(h.bytesPerSession() <= HEAP_TARGET_BYTES ? "yes" : "**no**")
                .append(" |\n"));
        postgres.ifPresent(p -> out.append("| PostgreSQL save of a new edition | ").append(Tables.size(
                String.valueOf(p.sessions()))).append(" | ").append(Tables.number(p.millis()))
                .append(" (once) | | | one transaction | ").append(p.transactions() == 1 ? "yes" : "**no**")
                .append(String.format(Locale.ROOT, ": %,d rows in %d transaction%s", p.rows(), p.transactions(),
                        p.transactions() == 1 ? "" : "s")).append(" |\n"));
        out.append('\n').append(growth(measurements));
        heap.ifPresent(h -> out.append('\n').append(heapShares(h)));
        return out.toString();
    }

    private static String verdict(Comparison.Row row) {
        if (row.target() instanceof Target.None) {
            return "";
        }
        return row.met() ? "yes" : "**no**";
    }

    private static String withError(double score, double error) {
        return Double.isNaN(error) ? Tables.number(score) : Tables.number(score) + " ± " + Tables.number(error);
    }

    /**
     * @param measurements every result
     * @return how each benchmark measured at several sizes grows, size to size; a benchmark's
     *         {@code AtScale} twin (the same work at a million sessions, run apart) counts as its own
     */
    static String growth(List<Measurement> measurements) {
        Map<String, Map<Integer, Double>> bySize = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (!m.param("sessions").isEmpty()) {
                String name = m.benchmark().replace("AtScaleBenchmark.", "Benchmark.")
                        + (m.param("store").isEmpty() ? "" : " (" + m.param("store") + ")");
                bySize.computeIfAbsent(name, k -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(m.param("sessions")), m.score());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | 1k (ms) | 10k (ms) | 100k (ms) | 1M (ms) | 10k / 1k | 100k / 10k | 1M / 100k |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        bySize.forEach((name, times) -> {
            if (times.size() < 2) {
                return;
            }
            List<String> cells = new ArrayList<>();
            for (int size : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
                cells.add(times.containsKey(size) ? Tables.number(times.get(size)) : "");
            }
            cells.add(ratio(times, 10_000, 1_000));
            cells.add(ratio(times, 100_000, 10_000));
            cells.add(ratio(times, 1_000_000, 100_000));
            out.append("| ").append(name).append(" | ").append(String.join(" | ", cells)).append(" |\n");
        });
        return out.toString();
    }

    private static String ratio(Map<Integer, Double> times, int larger, int smaller) {
        return times.containsKey(larger) && times.containsKey(smaller)
                ? Tables.number(times.get(larger) / times.get(smaller)) + " ×" : "";
    }

    private static String heapShares(HeapFootprint.Report heap) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Heap of the loaded %,d-session edition: %,d objects, %,d bytes. The largest shares:%n%n",
                heap.sessions(), heap.objects(), heap.bytes()));
        out.append("| class | objects | bytes | bytes per session |\n|---|---:|---:|---:|\n");
        for (HeapFootprint.ClassShare share : heap.largest()) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %s |%n", share.name(), share.count(), share.bytes(),
                    Tables.number((double) share.bytes() / heap.sessions())));
        }
        return out.toString();
    }
}
