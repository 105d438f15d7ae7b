package org.digitalweek.event.domain.model;

/** Whether a session will take place. */
public enum SessionStatus {
    /** It will take place as planned. */
    CONFIRMED,
    /** It is planned but not confirmed. */
    TENTATIVE,
    /** It will not take place; it stays in the programme so calendars can remove it. */
    CANCELLED
}
