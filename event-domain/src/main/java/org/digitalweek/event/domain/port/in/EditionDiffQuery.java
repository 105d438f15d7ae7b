package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Two editions whose programmes to compare, e.g. last year's and this year's.
 *
 * @param fromEditionId the first edition
 * @param toEditionId   the second edition
 */
public record EditionDiffQuery(@NotNull @Identifier String fromEditionId, @NotNull @Identifier String toEditionId) {
}
