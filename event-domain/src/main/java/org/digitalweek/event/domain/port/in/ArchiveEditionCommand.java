package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Archive an edition.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 */
public record ArchiveEditionCommand(@NotNull @Identifier String editionId,
                                    @NotNull @PositiveOrZero Long expectedVersion) {
}
