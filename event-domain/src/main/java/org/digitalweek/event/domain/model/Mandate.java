package org.digitalweek.event.domain.model;

import java.util.Objects;

/**
 * The higher authority on whose behalf someone acts (<i>au nom de</i>), e.g. a minister who opens
 * an event in the name of the Prime Minister. Protocol places the speaker at the authority's rank.
 *
 * @param authority  the office represented, e.g. "Premier ministre"; not empty
 * @param precedence the protocol rank of that office; ranked
 */
public record Mandate(LocalizedText authority, Precedence precedence) {

    /** Checks that no part is missing. */
    public Mandate {
        Objects.requireNonNull(authority, "'authority' must not be null");
        Objects.requireNonNull(precedence, "'precedence' must not be null");
        Invariants.require(!authority.isEmpty(), "Mandate", "authority must not be empty");
        Invariants.require(precedence.isRanked(), "Mandate", "the authority represented must have a protocol rank");
    }
}
