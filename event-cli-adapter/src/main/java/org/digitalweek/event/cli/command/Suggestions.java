package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a user probably meant when they typed one that does not exist, as git suggests a
 * command: the names that start with what was typed, else the names closest to it by edit distance
 * (a swap of two neighbouring letters counting as one edit), all of them when several are as close,
 * none when nothing is close enough. Case is ignored; the leading dashes of an option do not count
 * towards how long a name is.
 */
final class Suggestions {

    /** More than that many equally close names is no suggestion, only noise. */
    private static final int MOST = 4;

    private Suggestions() {
    }

    /**
     * @param typed what the user typed
     * @param names each known name (aliases included) with the name to suggest for it
     * @return the names to suggest, in the order of {@code names}, without repeats; empty when none is close
     */
    static List<String> closest(String typed, Map<String, String> names) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int core = wanted.replaceFirst("^-+", "").length();
        if (core == 0) {
            return List.of();
        }
        int allowed = core <= 2 ? 0 : Math.max(1, Math.min(3, core / 3));
        int best = Integer.MAX_VALUE;
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            String known = name.getKey().toLowerCase(Locale.ROOT);
            int score = known.startsWith(wanted) ? 0 : distance(wanted, known);
            if (score > allowed || score > best) {
                continue;
            }
            if (score < best) {
                best = score;
                chosen.clear();
            }
            if (!chosen.contains(name.getValue())) {
                chosen.add(name.getValue());
            }
        }
        return chosen.size() > MOST ? List.of() : List.copyOf(chosen);
    }

    /**
     * @return the optimal string alignment distance: insertions, deletions, substitutions and swaps
     *         of two neighbours, each one edit
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
