package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.edition.Edition;

/** Use case: close a published edition for the record; it is read-only from then on. */
public interface ArchiveEdition {

    /**
     * @param command which edition
     * @return the stored edition, archived
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when it was never published or is archived
     */
    Edition archive(ArchiveEditionCommand command);
}
