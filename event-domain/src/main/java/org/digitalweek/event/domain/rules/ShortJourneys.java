package org.digitalweek.event.domain.rules;

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

    private final Programme programme;
    private final int[] placed; // room for the sessions of the person with the most, reused person after person
    private final int[] byEnd;
    private final long[] packed;

    /**
     * @param programme the programme, for each session's times and venue
     * @param most      how many sessions the person with the most has
     */
    ShortJourneys(Programme programme, int most) {
        this.programme = programme;
        this.placed = new int[most];
        this.byEnd = new int[most];
        this.packed = new long[most];
    }

    /**
     * @param numbers session numbers; those from {@code from} to {@code to}, one person's, in order of start
     * @param from    the place of the person's first session
     * @param to      the place after their last
     * @param journey receives each journey too short
     */
    void find(int[] numbers, int from, int to, JourneyFound journey) {
        int count = 0; // the sessions with a room, hence a venue
        for (int i = from; i < to; i++) {
            if (programme.venue(numbers[i]) != Programme.NO_VENUE) {
                placed[count++] = numbers[i];
            }
        }
        Timeline times = programme.times();
        System.arraycopy(placed, 0, byEnd, 0, count);
        SessionOrder.byKeyThenId(byEnd, 0, count, times::end, programme::session, packed);
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
