package org.digitalweek.event.benchmarks.report;

import java.util.Map;
import java.util.Objects;

/**
 * One JMH result: the average time of one benchmark method with one set of parameters.
 *
 * @param benchmark the class's simple name, a dot and the method, e.g. {@code ConflictCheckBenchmark.check}
 * @param params    the parameters, e.g. {@code sessions=100000}
 * @param score     the average time of one operation, in milliseconds
 * @param error     the half-width of its 99.9 % confidence interval, in milliseconds (NaN when unknown)
 */
public record Measurement(String benchmark, Map<String, String> params, double score, double error) {

    /** Copies the parameters. */
    public Measurement {
        Objects.requireNonNull(benchmark, "'benchmark' must not be null");
        params = Map.copyOf(params);
    }

    /**
     * @param name a parameter
     * @return its value, or the empty string
     */
    public String param(String name) {
        return params.getOrDefault(name, "");
    }
}
