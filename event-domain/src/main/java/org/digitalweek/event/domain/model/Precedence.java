package org.digitalweek.event.domain.model;

/**
 * An official's place in the order of protocol precedence: rank 1 is the highest authority (the head
 * of state), larger ranks come after. People outside the protocol order are {@link #UNRANKED} and
 * come after every ranked official.
 *
 * @param rank 1 or more; {@link Integer#MAX_VALUE} for unranked
 */
public record Precedence(int rank) implements Comparable<Precedence> {

    /** The place of people outside the protocol order. */
    public static final Precedence UNRANKED = new Precedence(Integer.MAX_VALUE);

    /** Checks that the rank is positive. */
    public Precedence {
        Invariants.require(rank >= 1, "Precedence", "rank must be 1 or more, not " + rank);
    }

    /** @return whether the official has a place in the protocol order */
    public boolean isRanked() {
        return rank != Integer.MAX_VALUE;
    }

    /**
     * @param other another precedence
     * @return whether this one comes strictly before (is a higher authority than) the other
     */
    public boolean outranks(Precedence other) {
        return rank < other.rank;
    }

    /** Orders from the highest authority (rank 1) to the lowest. */
    @Override
    public int compareTo(Precedence other) {
        return Integer.compare(rank, other.rank);
    }
}
