package org.digitalweek.event.domain.model;

/** The part a ministry plays in an edition. */
public enum ParticipationRole {
    /** The ministry of the host country that receives the edition. */
    HOST,
    /** A ministry that organises the edition. */
    ORGANISER,
    /** The ministry whose minister gives the edition patronage (<i>haut parrainage</i>). */
    PATRON,
    /** A ministry of another country that sends a delegation. */
    GUEST_DELEGATION,
    /** A body that supports the edition. */
    PARTNER
}
