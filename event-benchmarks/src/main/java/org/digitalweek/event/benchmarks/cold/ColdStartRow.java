package org.digitalweek.event.benchmarks.cold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One command of the cold-start table: its wall times in milliseconds, each a new JVM, and what it
 * is compared with.
 *
 * @param command  the command as the table shows it
 * @param jdk      the version of the JDK that ran it
 * @param millis   the wall time of each run
 * @param baseline the hello-world's median on the same JDK in the same runs; empty for the hello-world itself
 * @param target   at most this many times the hello-world; empty for a row given for information
 */
record ColdStartRow(String command, String jdk, List<Long> millis, OptionalDouble baseline, OptionalDouble target) {

    ColdStartRow {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no run of " + command);
        }
        millis = List.copyOf(millis);
    }

    /** @return the median of the runs */
    double median() {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** @return the table's line */
    String markdown() {
        long fastest = millis.stream().mapToLong(Long::longValue).min().orElseThrow();
        long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        String ratio = baseline.isPresent() ? String.format(Locale.ROOT, "%.1f ×", median() / baseline.getAsDouble()) : "1 ×";
        String goal = target.isPresent() ? String.format(Locale.ROOT, "≤ %.0f ×", target.getAsDouble()) : "";
        String met = target.isPresent() && baseline.isPresent()
                ? (median() / baseline.getAsDouble() <= target.getAsDouble() ? "yes" : "**no**") : "";
        return String.format(Locale.ROOT, "| %s | %s | %.0f | %d … %d | %s | %s | %s |", command, jdk, median(), fastest,
                slowest, ratio, goal, met);
    }
}
