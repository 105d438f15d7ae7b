package org.digitalweek.event.domain.draft;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * A person's part in a session, as input.
 *
 * @param official   the official id
 * @param role       what they do
 * @param onBehalfOf the authority they act for, if any
 */
public record ParticipantDraft(@NotNull @Identifier String official, @NotNull ParticipantRole role,
                               @Valid MandateDraft onBehalfOf) {
}
