package org.digitalweek.event.domain.port.in;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.rules.Finding;

/**
 * What a change to an edition gave: the public view of the stored edition, its new version, and the
 * findings of the programme rules that the change caused or resolved, so that a caller sees a new
 * double booking without a second call. Two findings are the same problem when their rule, severity,
 * sessions and people are equal: a double booking that persists after one of its sessions moves ten
 * minutes is neither caused nor resolved, although its times and message changed. A new edition
 * (planned or cloned) has every finding it has as caused.
 *
 * @param edition  the public view of the edition as stored after the change
 * @param caused   the findings the edition has now and did not have before the change, most serious first
 * @param resolved the findings it had before the change and no longer has, most serious first
 */
public record ChangeOutcome(PublicEdition edition, List<Finding> caused, List<Finding> resolved) {

    /** Checks that no part is missing and copies the lists. */
    public ChangeOutcome {
        Objects.requireNonNull(edition, "'edition' must not be null");
        caused = List.copyOf(Objects.requireNonNull(caused, "'caused' must not be null"));
        resolved = List.copyOf(Objects.requireNonNull(resolved, "'resolved' must not be null"));
    }

    /** @return the edition's stored version after the change, e.g. for an {@code ETag} */
    public long version() {
        return edition.version();
    }
}
