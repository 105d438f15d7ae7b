package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Cancel a session.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param sessionId       the session
 */
public record CancelSessionCommand(@NotNull @Identifier String editionId, @NotNull @PositiveOrZero Long expectedVersion,
                                   @NotNull @Identifier String sessionId) {
}
