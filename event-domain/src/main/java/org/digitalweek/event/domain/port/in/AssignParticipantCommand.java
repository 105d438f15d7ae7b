package org.digitalweek.event.domain.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * Assign a participant.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param sessionId       the session
 * @param participant     the person, role and mandate; the person must be on the edition's list
 */
public record AssignParticipantCommand(@NotNull @Identifier String editionId,
                                       @NotNull @PositiveOrZero Long expectedVersion,
                                       @NotNull @Identifier String sessionId,
                                       @NotNull @Valid ParticipantDraft participant) {
}
