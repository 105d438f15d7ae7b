package org.digitalweek.event.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A published programme, frozen: what attendees were shown at a point in time. Releases of an
 * edition are numbered from 1 in the order they were published and are never changed, so that
 * any two can be compared and a printed programme can always be traced to its release.
 *
 * @param edition     the edition it was published from
 * @param number      its number, from 1
 * @param label       the version label shown to attendees, e.g. {@code 1.0} or {@code programme-imprime};
 *                    unique within the edition, with the syntax of an id
 * @param publishedAt when it was published
 * @param programme   the public content as published; its id is {@code edition}
 */
public record Release(EditionId edition, int number, String label, Instant publishedAt, PublicEdition programme) {

    /** Checks that the parts agree. */
    public Release {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(label, "'label' must not be null");
        Objects.requireNonNull(publishedAt, "'publishedAt' must not be null");
        Objects.requireNonNull(programme, "'programme' must not be null");
        String where = "Release " + number + " of '" + edition + "'";
        Invariants.require(number >= 1, where, "number must be 1 or more");
        Ids.check("Release label", label);
        Invariants.require(programme.id().equals(edition), where,
                "holds the programme of another edition, '" + programme.id() + "'");
    }

    /**
     * Checks, for a store, that this release may be appended.
     *
     * @param editionId  the edition being saved with it
     * @param lastNumber the number of the edition's last stored release; 0 when it has none
     * @throws org.digitalweek.event.domain.error.InvariantViolationException when it is for another edition or
     *         is not numbered one more than the last
     */
    public void requireNext(EditionId editionId, int lastNumber) {
        String where = "Release " + number + " of '" + edition + "'";
        Invariants.require(edition.equals(editionId), where, "cannot be stored with edition '" + editionId + "'");
        Invariants.require(number == lastNumber + 1, where,
                "must be numbered " + (lastNumber + 1) + ", one more than the last release");
    }
}
