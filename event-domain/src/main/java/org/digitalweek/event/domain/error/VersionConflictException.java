package org.digitalweek.event.domain.error;

/**
 * Someone else saved the edition since it was read: the save was refused and nothing was changed.
 * Reload, reapply the change and save again.
 */
public final class VersionConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String editionId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param editionId       the edition being saved
     * @param expectedVersion the version the writer read
     * @param actualVersion   the version in the store ({@code 0} when there is none)
     */
    public VersionConflictException(String editionId, long expectedVersion, long actualVersion) {
        super("edition '" + editionId + "' is at version " + actualVersion + ", not " + expectedVersion
                + ": someone else saved it; reload and try again");
        this.editionId = editionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return the edition being saved */
    public String editionId() {
        return editionId;
    }

    /** @return the version the writer read */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version found in the store */
    public long actualVersion() {
        return actualVersion;
    }

    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language,
                "l'édition « " + editionId + " » est à la version " + actualVersion + " et non " + expectedVersion
                        + " : quelqu'un d'autre l'a enregistrée ; rechargez et recommencez",
                getMessage());
    }
}
