package org.digitalweek.event.domain.error;

/** A change that the edition's state does not allow, e.g. editing an archived edition. Nothing was changed. */
public final class ForbiddenChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String editionId;
    private final String ruleFr;

    /**
     * @param editionId the edition
     * @param ruleFr    the rule, in French
     * @param ruleEn    the rule, in English
     */
    public ForbiddenChangeException(String editionId, String ruleFr, String ruleEn) {
        super("edition '" + editionId + "': " + ruleEn);
        this.editionId = editionId;
        this.ruleFr = ruleFr;
    }

    /** @return the edition */
    public String editionId() {
        return editionId;
    }

    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language, "édition « " + editionId + " » : " + ruleFr, getMessage());
    }
}
