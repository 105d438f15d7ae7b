package org.digitalweek.event.cli.fuzz;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a fuzzing run of one format saw, for its summary line and for {@code docs/reliability.md}.
 */
final class FuzzFigures {

    private final String format;
    private final String store;
    private final Set<String> rules = new TreeSet<>();
    private int tried;
    private int imported;
    private int refused;
    private long slowestNanos;
    private long totalNanos;
    private String slowest = "";

    /**
     * @param format the import format
     * @param store  the kind of store, {@code file} or {@code sqlite}
     */
    FuzzFigures(String format, String store) {
        this.format = format;
        this.store = store;
    }

    /**
     * @param name  the document
     * @param nanos how long its import took
     */
    void countAttempt(String name, long nanos) {
        tried++;
        totalNanos += nanos;
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = name;
        }
    }

    /** Counts a document that was imported. */
    void countImport() {
        imported++;
    }

    /** @param rule the first rule a refused document broke, without its details */
    void countRefusal(String rule) {
        refused++;
        rules.add(rule);
    }

    /** @return how many documents were tried */
    int attempts() {
        return tried;
    }

    /** @return how many were imported */
    int imports() {
        return imported;
    }

    /** @return how many were refused */
    int refusals() {
        return refused;
    }

    /** @return one line: the format, the store, the counts, the slowest document and the distinct rules */
    String summary() {
        return String.format("fuzzed imports: %-9s %-6s store: %,d documents, %,d imported, %,d refused "
                        + "(%d distinct rules), %.1f ms each on average, slowest %,d ms (%s)", format, store, tried, imported,
                refused, rules.size(), totalNanos / 1e6 / Math.max(1, tried), slowestNanos / 1_000_000, slowest);
    }
}
