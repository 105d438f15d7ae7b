package org.digitalweek.event.domain.error;

/** A store could not be read or written (disk, network, database). Nothing stored was changed. */
public final class StorageFailureException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String store;

    /**
     * @param store   the store, as its URI or file name
     * @param problem what went wrong, in English
     * @param cause   the underlying failure
     */
    public StorageFailureException(String store, String problem, Throwable cause) {
        super(store + ": " + problem);
        initCause(cause);
        this.store = store;
    }

    /** @return the store, as its URI or file name */
    public String store() {
        return store;
    }
}
