package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * A read of one release.
 *
 * @param editionId the edition
 * @param release   the release's label or number
 */
public record ReleaseQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String release) {
}
