package org.digitalweek.event.domain.edition;

import java.util.Objects;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * An edition of a series: the aggregate root that storage saves and loads whole. It joins the
 * public content, {@link PublicEdition}, which exporters receive, and the internal records of the
 * protocol office, which never leave the store.
 *
 * @param publicView what may be made public
 * @param internal   what may not; every protocol file belongs to an official of the edition
 */
public record Edition(PublicEdition publicView, InternalRecords internal) {

    /** Checks that every internal record belongs to an official of the edition. */
    public Edition {
        Objects.requireNonNull(publicView, "'publicView' must not be null");
        Objects.requireNonNull(internal, "'internal' must not be null");
        for (OfficialId official : internal.protocolFiles().keySet()) {
            if (publicView.official(official).isEmpty()) {
                throw new InvariantViolationException("Edition '" + publicView.id() + "'",
                        "protocol file for unknown official '" + official + "'");
            }
        }
    }

    /**
     * @param publicView the public content
     * @return an edition with no internal records
     */
    public static Edition of(PublicEdition publicView) {
        return new Edition(publicView, InternalRecords.NONE);
    }

    /** @return the stable id */
    public EditionId id() {
        return publicView.id();
    }

    /** @return the stored version */
    public long version() {
        return publicView.version();
    }

    /**
     * @param next the new public content
     * @return this edition with that content and the same internal records
     */
    public Edition withPublicView(PublicEdition next) {
        return new Edition(next, internal);
    }

    /**
     * @param version the version the store gave it
     * @return this edition at that version
     */
    public Edition atVersion(long version) {
        return withPublicView(publicView.toBuilder().version(version).build());
    }
}
