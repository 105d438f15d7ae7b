package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * A read of one official of an edition.
 *
 * @param editionId  the edition
 * @param officialId the official
 */
public record OfficialQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String officialId) {
}
