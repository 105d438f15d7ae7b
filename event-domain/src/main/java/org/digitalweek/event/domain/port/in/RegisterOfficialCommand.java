package org.digitalweek.event.domain.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.validation.Identifier;

/**
 * Add or update a person of the programme.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param official        the person; their ministry must be one the edition lists
 */
public record RegisterOfficialCommand(@NotNull @Identifier String editionId,
                                      @NotNull @PositiveOrZero Long expectedVersion,
                                      @NotNull @Valid OfficialDraft official) {
}
