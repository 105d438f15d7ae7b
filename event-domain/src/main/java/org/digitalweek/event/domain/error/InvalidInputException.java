package org.digitalweek.event.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command or an imported document broke one or more rules. Every problem is reported at once,
 * each with its property path and a message in French and English. Nothing was stored.
 */
public final class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String inputFr;
    private final transient List<Violation> violations;

    /**
     * @param input      what was checked, named the same in both languages, e.g. a file name
     * @param violations the problems found; at least one
     */
    public InvalidInputException(String input, List<Violation> violations) {
        this(input, input, violations);
    }

    /**
     * @param inputFr    what was checked, in French words for the person who gave it, e.g.
     *                   {@code la session à ajouter}; never a class name
     * @param inputEn    the same in English, e.g. {@code the session to add}
     * @param violations the problems found; at least one
     */
    public InvalidInputException(String inputFr, String inputEn, List<Violation> violations) {
        super(describe(inputEn, violations, "en"));
        if (violations.isEmpty()) {
            throw new InvariantViolationException("InvalidInputException", "at least one violation is required");
        }
        this.input = inputEn;
        this.inputFr = inputFr;
        this.violations = List.copyOf(violations);
    }

    /** @return what was checked, in English */
    public String input() {
        return input;
    }

    /** @return every problem found, in path order */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage(String language) {
        return describe(Bilingual.pick(language, inputFr, input), violations, language);
    }

    private static String describe(String input, List<Violation> violations, String language) {
        String head = input + Bilingual.pick(language, " : ", ": ")
                + Plurals.of(language, violations.size(), "problème", "problèmes", "problem", "problems");
        return violations.stream()
                .map(v -> "  " + v.describe(language))
                .collect(Collectors.joining("\n", head + "\n", ""));
    }
}
