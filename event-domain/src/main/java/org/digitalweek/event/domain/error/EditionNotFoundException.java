package org.digitalweek.event.domain.error;

/** No edition with the given id is in the store. */
public final class EditionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String editionId;

    /** @param editionId the id that was asked for */
    public EditionNotFoundException(String editionId) {
        super("edition '" + editionId + "' is not in the store");
        this.editionId = editionId;
    }

    /** @return the id that was asked for */
    public String editionId() {
        return editionId;
    }

    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language, "l'édition « " + editionId + " » n'est pas dans le stockage", getMessage());
    }
}
