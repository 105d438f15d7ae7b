package org.digitalweek.event.domain.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.draft.EditionDraft;

/**
 * Plan an edition.
 *
 * @param edition the whole edition, which may already hold venues, people and sessions
 */
public record PlanEditionCommand(@NotNull @Valid EditionDraft edition) {
}
