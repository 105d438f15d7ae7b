package org.digitalweek.event.domain.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A ministry's part in an edition; one per ministry, with all its roles.
 *
 * @param ministry the ministry
 * @param roles    its roles; at least one
 */
public record Participation(MinistryId ministry, Set<ParticipationRole> roles) {

    /** Checks that the ministry has at least one role. */
    public Participation {
        Objects.requireNonNull(ministry, "'ministry' must not be null");
        Objects.requireNonNull(roles, "'roles' must not be null");
        Invariants.require(!roles.isEmpty(), "Participation", "ministry '" + ministry + "' needs at least one role");
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * @param ministry the ministry
     * @param first    a role
     * @param more     other roles
     * @return the participation
     */
    public static Participation of(MinistryId ministry, ParticipationRole first, ParticipationRole... more) {
        return new Participation(ministry, EnumSet.of(first, more));
    }

    /**
     * @param role a role
     * @return whether the ministry has it
     */
    public boolean has(ParticipationRole role) {
        return roles.contains(role);
    }
}
