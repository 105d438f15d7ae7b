package org.digitalweek.event.domain.error;

/**
 * A value of the model was built against one of its hard invariants (checked in every constructor).
 * User input never gets this far: it is checked first, all at once, by {@code InputValidator}.
 */
public final class InvariantViolationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String rule;

    /**
     * @param type the model type whose invariant was broken, e.g. {@code Session}
     * @param rule what was expected, e.g. {@code "slot end must be after its start"}
     */
    public InvariantViolationException(String type, String rule) {
        super(type + ": " + rule);
        this.type = type;
        this.rule = rule;
    }

    /** @return the model type whose invariant was broken */
    public String type() {
        return type;
    }

    /** @return the broken rule, in English */
    public String rule() {
        return rule;
    }
}
