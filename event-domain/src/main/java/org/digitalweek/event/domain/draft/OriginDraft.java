package org.digitalweek.event.domain.draft;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Where a cloned session comes from, as input.
 *
 * @param edition the id of the edition it was cloned from
 * @param session the id of the session it was cloned from
 */
public record OriginDraft(@NotNull @Identifier String edition, @NotNull @Identifier String session) {
}
