package org.digitalweek.event.domain.port.out;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.draft.EditionDraft;

/**
 * What an importer read: a draft that the domain then validates, and the repairs it made.
 *
 * @param edition  the edition as read
 * @param warnings every repair, in document order
 */
public record ImportResult(EditionDraft edition, List<ImportWarning> warnings) {

    /** Checks that no part is missing. */
    public ImportResult {
        Objects.requireNonNull(edition, "'edition' must not be null");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "'warnings' must not be null"));
    }
}
