package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's part in a session.
 *
 * @param official   who
 * @param role       what they do
 * @param onBehalfOf the higher authority they act for, if any
 */
public record Participant(OfficialId official, ParticipantRole role, Optional<Mandate> onBehalfOf) {

    /** Checks that no part is missing. */
    public Participant {
        Objects.requireNonNull(official, "'official' must not be null");
        Objects.requireNonNull(role, "'role' must not be null");
        Objects.requireNonNull(onBehalfOf, "'onBehalfOf' must not be null");
    }

    /**
     * @param official who
     * @param role     what they do
     * @return a participant acting in their own name
     */
    public static Participant of(OfficialId official, ParticipantRole role) {
        return new Participant(official, role, Optional.empty());
    }
}
