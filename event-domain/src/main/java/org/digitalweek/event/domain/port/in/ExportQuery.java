package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.LanguageTag;

/**
 * An export of an edition's public programme in one format.
 *
 * @param editionId the edition
 * @param formatId  the format's id, e.g. {@code ics} (see {@link ListFormats})
 * @param language  the language asked for (BCP 47, e.g. {@code fr} or {@code en-GB}) of texts that have no
 *                  language of their own; {@code null} for the edition's default language
 */
public record ExportQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String formatId,
                          @LanguageTag String language) {
}
