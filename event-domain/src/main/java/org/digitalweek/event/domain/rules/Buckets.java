package org.digitalweek.event.domain.rules;

import java.util.Arrays;

/**
 * Session numbers put in numbered buckets (a room's, a person's), each bucket keeping the order the
 * numbers came in: the sessions of each room or person, taken from the programme in order of start,
 * stay in that order. The caller counts each bucket's size first, then adds; everything lies in one
 * {@code int} array, bucket after bucket (a counting sort), rather than in a map of lists.
 */
final class Buckets {

    private final int[] first; // bucket b holds items[first[b]] to items[first[b + 1] - 1]
    private final int[] next; // where the next number of each bucket goes
    private final int[] items;

    /** @param sizes how many numbers each bucket will hold */
    Buckets(int[] sizes) {
        first = new int[sizes.length + 1];
        for (int b = 0; b < sizes.length; b++) {
            first[b + 1] = first[b] + sizes[b];
        }
        next = Arrays.copyOf(first, sizes.length);
        items = new int[first[sizes.length]];
    }

    /**
     * @param bucket a bucket, not yet full
     * @param number a session number to add to it
     */
    void add(int bucket, int number) {
        items[next[bucket]++] = number;
    }

    /** @return how many buckets there are */
    int count() {
        return first.length - 1;
    }

    /** @return every bucket's numbers, bucket after bucket */
    int[] items() {
        return items;
    }

    /** @return where bucket {@code b} starts in {@link #items()} */
    int from(int b) {
        return first[b];
    }

    /** @return where the bucket after {@code b} starts */
    int to(int b) {
        return first[b + 1];
    }
}
