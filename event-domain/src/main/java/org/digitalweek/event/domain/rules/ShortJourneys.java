package org.digitalweek.event.domain.rules;

import java.util.Arrays;

/**
 * Finds, for each of one person's sessions, the session they come from too late to change venues:
 * the one that ended last, before the session starts, at another venue, if it ended less than the
 * buffer before. One journey per session at most, found in O(n log n) for the person's n sessions
 * whatever the buffer: the sessions ended so far are taken in order of end (then id), and only two
 * are kept, the last to end and the last to end at another venue than it.
 */
final class ShortJourneys {

    /** Receives a journey too short, as two session numbers. */
    @FunctionalInterface
    interface JourneyFound {
        /**
         * @param left    the session left
         * @param reached the session reached too soon
         */
        void between(int left, int reached);
    }

    private ShortJourneys() {
    }

    /**
     * @param numbers   session numbers; those from {@code from} to {@code to}, one person's, in order of start
     * @param from      the place of the person's first session
     * @param to        the place after their last
     * @param programme the programme, for each session's times and venue
     * @param journey   receives each journey too short
     */
    static void find(int[] numbers, int from, int to, Programme programme, JourneyFound journey) {
        int[] placed = new int[to - from]; // the sessions with a room, hence a venue
        int count = 0;
        for (int i = from; i < to; i++) {
            if (programme.venue(numbers[i]) != Programme.NO_VENUE) {
                placed[count++] = numbers[i];
            }
        }
        Timeline times = programme.times();
        int[] byEnd = Arrays.copyOf(placed, count);
        SessionOrder.byKeyThenId(byEnd, 0, count, times::end, programme::session);
        int ended = 0;
        int last = -1;
        int lastElsewhere = -1; // the last to end at another venue than last
        for (int i = 0; i < count; i++) {
            int next = placed[i];
            long start = times.start(next);
            while (ended < count && times.end(byEnd[ended]) <= start) {
                int done = byEnd[ended++];
                if (last >= 0 && programme.venue(last) != programme.venue(done)) {
                    lastElsewhere = last;
                }
                last = done;
            }
            int left = last >= 0 && programme.venue(last) != programme.venue(next) ? last : lastElsewhere;
            if (left >= 0 && times.reach(left) > start) {
                journey.between(left, next);
            }
        }
    }
}
