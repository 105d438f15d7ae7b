package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.diff.ProgrammeDiff;

/** Use case: what changed between two releases of an edition, or between the programmes of two editions. */
public interface DiffProgrammes {

    /**
     * @param query the edition and the two releases
     * @return the changes from the first to the second
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when a release does not exist
     */
    ProgrammeDiff diff(ReleaseDiffQuery query);

    /**
     * @param query the two editions
     * @return the changes from the first edition's current programme to the second's
     */
    ProgrammeDiff diff(EditionDiffQuery query);
}
