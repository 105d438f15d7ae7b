package org.digitalweek.event.domain.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.rules.CheckReport;

/**
 * What an import did, or would do in a dry run.
 *
 * @param edition  the imported edition: as stored (with its version) when {@code stored}, else as read
 * @param warnings every repair the importer made, in document order
 * @param findings what the programme rules find in it; an import is not refused for findings
 * @param changes  when it replaces a stored edition, how its programme changes
 * @param stored   whether the store now holds it
 */
public record ImportReport(PublicEdition edition, List<ImportWarning> warnings, CheckReport findings,
                           Optional<ProgrammeDiff> changes, boolean stored) {

    /** Checks that no part is missing. */
    public ImportReport {
        Objects.requireNonNull(edition, "'edition' must not be null");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "'warnings' must not be null"));
        Objects.requireNonNull(findings, "'findings' must not be null");
        Objects.requireNonNull(changes, "'changes' must not be null");
    }
}
