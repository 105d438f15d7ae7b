package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Two releases of an edition to compare.
 *
 * @param editionId the edition
 * @param from      the earlier release's label or number
 * @param to        the later release's label or number; absent compares with the current, unpublished programme
 */
public record ReleaseDiffQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String from,
                               @Identifier String to) {
}
