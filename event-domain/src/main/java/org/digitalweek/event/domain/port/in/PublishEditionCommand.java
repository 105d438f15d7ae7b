package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Publish an edition.
 *
 * @param editionId       the edition
 * @param expectedVersion the version the caller read
 * @param label           the release's version label, e.g. {@code 1.0}; absent gives its number. Unique in
 *                        the edition; a label made of digits only must be the release's own number
 */
public record PublishEditionCommand(@NotNull @Identifier String editionId,
                                    @NotNull @PositiveOrZero Long expectedVersion, @Identifier String label) {

    /**
     * @param editionId       the edition
     * @param expectedVersion the version the caller read
     * @return the command that publishes a release labelled with its number
     */
    public static PublishEditionCommand of(String editionId, long expectedVersion) {
        return new PublishEditionCommand(editionId, expectedVersion, null);
    }
}
