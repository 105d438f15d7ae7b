package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.model.PublicEdition;

/** Use case: what changed between two releases of an edition, or between the programmes of two editions. */
public interface DiffProgrammes {

    /**
     * @param query the edition and the two releases
     * @return the changes from the first to the second
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when a release does not exist
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    ProgrammeDiff diff(ReleaseDiffQuery query);

    /**
     * @param query the two editions
     * @return the changes from the first edition's current programme to the second's
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has one of the ids
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     */
    ProgrammeDiff diff(EditionDiffQuery query);

    /**
     * Compares two programmes the caller holds, e.g. two documents read with {@link ImportEdition#read}.
     *
     * @param from the earlier programme
     * @param to   the later one
     * @return the changes from the first to the second
     */
    ProgrammeDiff diff(PublicEdition from, PublicEdition to);
}
