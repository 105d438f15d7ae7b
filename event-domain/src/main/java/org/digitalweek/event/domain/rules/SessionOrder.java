package org.digitalweek.event.domain.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

import org.digitalweek.event.domain.model.Session;

/**
 * Sorts session numbers by a time key of the {@link Timeline}. Each key and number are packed into
 * one {@code long} (the key above, the number below), so that a sort of primitives does the work: no
 * comparator, no object followed. Findings list their sessions by time, then id; the ids are compared
 * only where times are equal, within the few sessions of one finding or of one person.
 */
final class SessionOrder {

    private SessionOrder() {
    }

    /**
     * @param count how many sessions, numbered from 0
     * @param key   the key of a session, from 0 to {@link Timeline#KEY_LIMIT}
     * @return the numbers of the sessions by key, then by number
     */
    static int[] byKey(int count, IntToLongFunction key) {
        int[] numbers = new int[count];
        for (int n = 0; n < count; n++) {
            numbers[n] = n;
        }
        sortByKey(numbers, 0, count, key, new long[count]);
        return numbers;
    }

    /**
     * Sorts part of an array of session numbers by key, then by session id.
     *
     * @param numbers session numbers
     * @param from    the first place to sort
     * @param to      the place after the last
     * @param key     the key of a session, from 0 to {@link Timeline#KEY_LIMIT}
     * @param session the session of a number
     * @param scratch room for {@code to - from} packed keys, reused from call to call
     */
    static void byKeyThenId(int[] numbers, int from, int to, IntToLongFunction key, IntFunction<Session> session,
                            long[] scratch) {
        sortByKey(numbers, from, to, key, scratch);
        int run = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || key.applyAsLong(numbers[i]) != key.applyAsLong(numbers[run])) {
                if (i - run > 1) {
                    byId(numbers, run, i, session);
                }
                run = i;
            }
        }
    }

    private static void sortByKey(int[] numbers, int from, int to, IntToLongFunction key, long[] packed) {
        for (int i = from; i < to; i++) {
            packed[i - from] = key.applyAsLong(numbers[i]) << Integer.SIZE | numbers[i];
        }
        Arrays.sort(packed, 0, to - from);
        for (int i = from; i < to; i++) {
            numbers[i] = (int) packed[i - from];
        }
    }

    /** Equal times are rare within one finding or person: boxing them costs nothing worth avoiding. */
    private static void byId(int[] numbers, int from, int to, IntFunction<Session> session) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = numbers[i];
        }
        Arrays.sort(run, Comparator.comparing((Integer n) -> session.apply(n).id()));
        for (int i = from; i < to; i++) {
            numbers[i] = run[i - from];
        }
    }
}
