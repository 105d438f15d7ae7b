package org.digitalweek.event.domain.rules;

/**
 * Finds the groups of sessions that overlap, in one sweep.
 *
 * <p>The sessions come in order of start: the programme is sorted once ({@link Programme#byStart()}),
 * and each room's or person's sessions keep that order. A group is what the sweep has taken since the
 * last moment nothing was open: a session that starts before the latest end seen so far joins the
 * group, any other starts a new one. Each group of two or more is a set of sessions that overlap,
 * each with at least one other, from its first start to its latest end (a clash group, the connected
 * part of the overlap graph). Which of several sessions with the same start comes first changes no
 * group. The sweep costs O(n) after the sort, whatever the number of overlapping pairs: 3,000
 * sessions in one room at one time are one group, not 4.5 million pairs.
 */
final class OverlapSweep {

    /** Receives a group: the places, in the array swept, of its sessions. */
    @FunctionalInterface
    interface GroupFound {
        /**
         * @param from the place of the group's first session
         * @param to   the place after its last
         */
        void at(int from, int to);
    }

    private OverlapSweep() {
    }

    /**
     * @param numbers session numbers; those from {@code from} to {@code to} are swept, in order of start
     * @param from    the first place to sweep
     * @param to      the place after the last
     * @param times   the keys of the sessions' times
     * @param group   receives each group of two or more overlapping sessions, in that order
     */
    static void groups(int[] numbers, int from, int to, Timeline times, GroupFound group) {
        int first = from;
        long latestEnd = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            int next = numbers[i];
            if (i > first && times.start(next) >= latestEnd) {
                close(first, i, group);
                first = i;
            }
            if (i == first || times.end(next) > latestEnd) {
                latestEnd = times.end(next);
            }
        }
        close(first, to, group);
    }

    private static void close(int from, int to, GroupFound group) {
        if (to - from > 1) {
            group.at(from, to);
        }
    }
}
