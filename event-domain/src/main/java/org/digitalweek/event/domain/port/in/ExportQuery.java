package org.digitalweek.event.domain.port.in;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.LanguageTag;

/**
 * An export of an edition's public programme in one format, whole or restricted to a selection of
 * its sessions (a calendar per person, room or track).
 *
 * @param editionId the edition
 * @param formatId  the format's id, e.g. {@code ics} (see {@link ListFormats})
 * @param language  the language asked for (BCP 47, e.g. {@code fr} or {@code en-GB}) of texts that have no
 *                  language of their own; {@code null} for the edition's default language
 * @param selection the sessions exported; {@link SessionSelection#ALL} for the whole programme
 */
public record ExportQuery(@NotNull @Identifier String editionId, @NotNull @Identifier String formatId,
                          @LanguageTag String language, @Valid SessionSelection selection) {

    /** A missing selection is the whole programme. */
    public ExportQuery {
        selection = Objects.requireNonNullElse(selection, SessionSelection.ALL);
    }

    /**
     * The export of the whole programme.
     *
     * @param editionId the edition
     * @param formatId  the format's id
     * @param language  the language asked for, or {@code null}
     */
    public ExportQuery(String editionId, String formatId, String language) {
        this(editionId, formatId, language, SessionSelection.ALL);
    }
}
