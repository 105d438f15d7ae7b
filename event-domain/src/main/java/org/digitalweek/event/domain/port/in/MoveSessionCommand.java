package org.digitalweek.event.domain.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * Move a session.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param sessionId       the session
 * @param slot            the new time
 * @param roomId          the new room; absent to keep the current one
 */
public record MoveSessionCommand(@NotNull @Identifier String editionId, @NotNull @PositiveOrZero Long expectedVersion,
                                 @NotNull @Identifier String sessionId, @NotNull @Valid SlotDraft slot,
                                 @Identifier String roomId) {
}
