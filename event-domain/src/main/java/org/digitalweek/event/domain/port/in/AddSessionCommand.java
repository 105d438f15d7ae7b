package org.digitalweek.event.domain.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * Add a session.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param session         the session; its id must be new in the edition
 */
public record AddSessionCommand(@NotNull @Identifier String editionId, @NotNull @PositiveOrZero Long expectedVersion,
                                @NotNull @Valid SessionDraft session) {
}
