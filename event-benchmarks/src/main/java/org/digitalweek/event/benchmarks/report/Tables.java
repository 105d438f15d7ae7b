package org.digitalweek.event.benchmarks.report;

import java.util.Locale;

/** Number formats of the tables: few digits, a dot for decimals, a comma between thousands. */
final class Tables {

    private Tables() {
    }

    /**
     * @param value a number
     * @return it with three significant digits at most, e.g. {@code 0.0123}, {@code 1.23}, {@code 123}, {@code 12,345}
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value) && magnitude >= 1) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /**
     * @param sessions a count, e.g. {@code 100000}
     * @return it as the tables write sizes, e.g. {@code 100k} or {@code 1M}
     */
    static String size(String sessions) {
        if (sessions.isEmpty()) {
            return "";
        }
        int n = Integer.parseInt(sessions);
        if (n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        return n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }
}
