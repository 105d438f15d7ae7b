package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * A read of one edition.
 *
 * @param editionId the edition
 */
public record EditionQueryById(@NotNull @Identifier String editionId) {
}
