package org.digitalweek.event.domain.port.in;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * Register a ministry's participation.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param ministry        the ministry
 * @param roles           its roles
 */
public record RegisterParticipationCommand(@NotNull @Identifier String editionId,
                                           @NotNull @PositiveOrZero Long expectedVersion,
                                           @NotNull @Valid MinistryDraft ministry,
                                           @NotEmpty Set<@NotNull ParticipationRole> roles) {
}
