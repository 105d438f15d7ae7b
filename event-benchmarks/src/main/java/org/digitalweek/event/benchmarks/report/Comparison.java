package org.digitalweek.event.benchmarks.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A line of the table's kind: our benchmarks beside a limit or peer, size by size. Times of several
 * benchmarks are added (a save and a load make a save + load); sizes are matched on the
 * {@code sessions} parameter.
 *
 * @param title       what is compared, e.g. "conflict check / sort by start"
 * @param ours        our benchmarks, added
 * @param oursParams  the parameters our benchmarks must have besides the size, e.g. {@code store=file}
 * @param limit       the limit's or peer's benchmarks, added
 * @param limitParams the parameters the limit's benchmarks must have besides the size; usually none
 * @param target      what the ratio should be
 * @param targetSizes the sizes the target applies to; empty for every size
 */
public record Comparison(String title, List<String> ours, Map<String, String> oursParams, List<String> limit,
                         Map<String, String> limitParams, Target target, Set<String> targetSizes) {

    /** Copies the lists. */
    public Comparison {
        Objects.requireNonNull(title, "'title' must not be null");
        ours = List.copyOf(ours);
        oursParams = Map.copyOf(oursParams);
        limit = List.copyOf(limit);
        limitParams = Map.copyOf(limitParams);
        Objects.requireNonNull(target, "'target' must not be null");
        targetSizes = Set.copyOf(targetSizes);
    }

    /**
     * A comparison whose limit has no parameter but the size.
     *
     * @param title       what is compared
     * @param ours        our benchmarks, added
     * @param oursParams  the parameters our benchmarks must have besides the size
     * @param limit       the limit's or peer's benchmarks, added
     * @param target      what the ratio should be
     * @param targetSizes the sizes the target applies to; empty for every size
     */
    public Comparison(String title, List<String> ours, Map<String, String> oursParams, List<String> limit,
                      Target target, Set<String> targetSizes) {
        this(title, ours, oursParams, limit, Map.of(), target, targetSizes);
    }

    /**
     * One size of a comparison.
     *
     * @param sessions the size, or the empty string for a benchmark without one
     * @param ours     our time, ms
     * @param oursErr  its error, ms
     * @param limit    the limit's or peer's time, ms
     * @param limitErr its error, ms
     * @param target   the target at this size
     */
    public record Row(String sessions, double ours, double oursErr, double limit, double limitErr, Target target) {

        /** @return our time divided by the limit's */
        public double ratio() {
            return ours / limit;
        }

        /** @return whether the target is met */
        public boolean met() {
            return target.isMetBy(ratio());
        }
    }

    /**
     * @param measurements every result of the run
     * @return a row for each size where both sides were measured, smallest first
     */
    public List<Row> rows(List<Measurement> measurements) {
        Set<Integer> sizes = new TreeSet<>();
        for (Measurement m : measurements) {
            if (m.benchmark().equals(ours.get(0)) && matches(m, oursParams)) {
                sizes.add(m.param("sessions").isEmpty() ? -1 : Integer.parseInt(m.param("sessions")));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            String sessions = size < 0 ? "" : String.valueOf(size);
            Map<String, String> withSize = new HashMap<>(oursParams);
            withSize.put("sessions", sessions);
            Optional<double[]> mine = total(measurements, ours, withSize);
            Map<String, String> limitWithSize = new HashMap<>(limitParams);
            limitWithSize.put("sessions", sessions);
            Optional<double[]> theirs = total(measurements, limit, limitWithSize);
            if (mine.isPresent() && theirs.isPresent()) {
                Target applies = targetSizes.isEmpty() || targetSizes.contains(sessions) ? target : new Target.None();
                rows.add(new Row(sessions, mine.get()[0], mine.get()[1], theirs.get()[0], theirs.get()[1], applies));
            }
        }
        return rows;
    }

    private static Optional<double[]> total(List<Measurement> measurements, List<String> benchmarks,
                                            Map<String, String> params) {
        double score = 0;
        double variance = 0;
        for (String benchmark : benchmarks) {
            Optional<Measurement> found = measurements.stream()
                    .filter(m -> m.benchmark().equals(benchmark) && matches(m, params)).findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            score += found.get().score();
            variance += found.get().error() * found.get().error();
        }
        return Optional.of(new double[] {score, Math.sqrt(variance)});
    }

    private static boolean matches(Measurement m, Map<String, String> params) {
        return params.entrySet().stream().allMatch(p -> p.getValue().equals(m.param(p.getKey())));
    }
}
