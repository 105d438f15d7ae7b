package org.digitalweek.event.benchmarks.report;

import java.util.Locale;

/** What a comparison should show, as a ratio of our time to the limit's or peer's. */
public sealed interface Target {

    /**
     * @param ratio our time divided by the limit's or the peer's
     * @return whether the target is met
     */
    boolean isMetBy(double ratio);

    /** @return the target as the table shows it */
    String text();

    /**
     * @param ratio our time divided by the limit's or the peer's
     * @return the ratio as the table shows it beside this target
     */
    default String ratioText(double ratio) {
        return Tables.number(ratio) + " ×";
    }

    /** Ours takes at most this many times the limit's time. */
    record AtMost(double times) implements Target {
        @Override
        public boolean isMetBy(double ratio) {
            return ratio <= times;
        }

        @Override
        public String text() {
            return String.format(Locale.ROOT, "≤ %s ×", Tables.number(times));
        }
    }

    /** Ours is at least this many times faster than the peer. */
    record FasterBy(double times) implements Target {
        @Override
        public boolean isMetBy(double ratio) {
            return 1 / ratio >= times;
        }

        @Override
        public String text() {
            return String.format(Locale.ROOT, "≥ %s × faster", Tables.number(times));
        }

        /** Shown the other way round: how many times faster ours is. */
        @Override
        public String ratioText(double ratio) {
            return Tables.number(1 / ratio) + " × faster";
        }
    }

    /** No target: measured for information. */
    record None() implements Target {
        @Override
        public boolean isMetBy(double ratio) {
            return true;
        }

        @Override
        public String text() {
            return "";
        }
    }
}
