package org.digitalweek.event.export.support;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The export tests' view of the domain's naughty programme
 * ({@link org.digitalweek.event.domain.fixtures.NaughtyEditions#programme()}): each string of the Big
 * List of Naughty Strings that validation accepts, in every free-text field of a venue, room, track,
 * ministry, official, mandate, session and statement.
 */
public final class NaughtyProgramme {

    private static PublicEdition edition;

    private NaughtyProgramme() {
    }

    /** @return the naughty programme as a public edition, built once */
    public static synchronized PublicEdition edition() {
        if (edition == null) {
            edition = Drafts.toEdition(org.digitalweek.event.domain.fixtures.NaughtyEditions.programme());
        }
        return edition;
    }
}
