package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * A read of one session.
 *
 * @param editionId the edition
 * @param sessionId the session
 */
public record SessionQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String sessionId) {
}
