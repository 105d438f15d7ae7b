package org.digitalweek.event.domain.rules;

/** How much a finding matters, from the most to the least serious. */
public enum Severity {
    /** The programme cannot be published while it stands. */
    ERROR,
    /** Something an organiser should look at; publishing is allowed. */
    WARNING,
    /** Worth knowing, e.g. a session still waiting for its room. */
    INFO
}
