package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/**
 * Use case: start a new edition from an existing one — next year's edition of the series, or a
 * sister edition in another country — with dates moved so that weekdays and local times are kept.
 */
public interface CloneEdition {

    /**
     * @param command the source, the new id and start, and what changes
     * @return the new edition, stored as a draft
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the new id is taken
     */
    Edition cloneEdition(CloneEditionCommand command);
}
