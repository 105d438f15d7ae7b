package org.digitalweek.event.domain.port.out;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * What an importer read: a draft that the domain then validates, the repairs it made, and where
 * each session was in the document, so that a problem the validation finds in {@code sessions[136]}
 * also names the event as the document knows it ({@code event 11795 (line 40, column 5)}).
 *
 * @param edition       the edition as read
 * @param warnings      every repair, in document order
 * @param sessionPlaces where each session of the draft is in the document, in the draft's order: its
 *                      id there and its line; empty when the importer does not say
 */
public record ImportResult(EditionDraft edition, List<ImportWarning> warnings, List<String> sessionPlaces) {

    /** Checks that no part is missing. */
    public ImportResult {
        Objects.requireNonNull(edition, "'edition' must not be null");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "'warnings' must not be null"));
        sessionPlaces = List.copyOf(Objects.requireNonNull(sessionPlaces, "'sessionPlaces' must not be null"));
    }

    /**
     * A result that does not say where its sessions were.
     *
     * @param edition  the edition as read
     * @param warnings every repair, in document order
     */
    public ImportResult(EditionDraft edition, List<ImportWarning> warnings) {
        this(edition, warnings, List.of());
    }
}
