package org.digitalweek.event.domain.protocol;

import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Precedence;

/**
 * A person's place in a session's protocol order.
 *
 * @param official   who
 * @param role       their part in the session; {@link ParticipantRole#PRESIDES} when they preside, whatever else they do
 * @param precedence the rank they hold here: the rank of the authority they represent when they act on
 *                   someone's behalf, else their own
 * @param onBehalfOf the authority they represent, if any
 */
public record ProtocolPlace(Official official, ParticipantRole role, Precedence precedence,
                            Optional<Mandate> onBehalfOf) {

    /** Checks that no part is missing. */
    public ProtocolPlace {
        Objects.requireNonNull(official, "'official' must not be null");
        Objects.requireNonNull(role, "'role' must not be null");
        Objects.requireNonNull(precedence, "'precedence' must not be null");
        Objects.requireNonNull(onBehalfOf, "'onBehalfOf' must not be null");
    }

    /** @return whether the person presides the session */
    public boolean presides() {
        return role == ParticipantRole.PRESIDES;
    }
}
