package org.digitalweek.event.domain.model;

/** What a person does in a session. */
public enum ParticipantRole {
    /** Chairs the session (<i>préside</i>), e.g. the minister who opens a ceremony. */
    PRESIDES,
    /** Gives an address or a talk. */
    SPEAKER,
    /** Leads a panel's discussion. */
    MODERATOR,
    /** Sits on a panel. */
    PANELLIST,
    /** Teaches a masterclass or a training. */
    TRAINER,
    /** Shows work at an exhibition. */
    EXHIBITOR
}
