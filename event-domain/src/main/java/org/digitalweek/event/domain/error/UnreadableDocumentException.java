package org.digitalweek.event.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An imported document could not be read (not well-formed, too large, too deeply nested, a value
 * that cannot be a date or a duration). Where the reader could go on, every problem it met is
 * reported at once, each with its place. Problems in a draft that could be read are reported by
 * {@link InvalidInputException} instead.
 */
public final class UnreadableDocumentException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<DocumentProblem> problems;

    /**
     * @param source the file or stream name
     * @param place  where, e.g. {@code ligne 15, colonne 15 (/edition/number)} / {@code line 15, column 15
     *               (/edition/number)}
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     */
    public UnreadableDocumentException(String source, DocumentPlace place, String ruleFr, String ruleEn) {
        this(source, List.of(new DocumentProblem(place, ruleFr, ruleEn)));
    }

    /**
     * @param source   the file or stream name
     * @param problems what is wrong, in document order; at least one
     */
    public UnreadableDocumentException(String source, List<DocumentProblem> problems) {
        super(describe(source, requireSome(problems), "en"));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static List<DocumentProblem> requireSome(List<DocumentProblem> problems) {
        if (problems.isEmpty()) {
            throw new InvariantViolationException("UnreadableDocumentException", "at least one problem is required");
        }
        return problems;
    }

    /** @return the file or stream name */
    public String source() {
        return source;
    }

    /** @return where the first problem is */
    public DocumentPlace place() {
        return problems.get(0).place();
    }

    /** @return what the document broke first, in English */
    public String rule() {
        return problems.get(0).ruleEn();
    }

    /** @return every problem found, in document order */
    public List<DocumentProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage(String language) {
        return describe(source, problems, language);
    }

    /** One problem: one line. Several: a head line, then one indented line each. */
    private static String describe(String source, List<DocumentProblem> problems, String language) {
        if (problems.size() == 1) {
            DocumentProblem only = problems.get(0);
            return source + Bilingual.pick(language, ", ", " at ") + only.describe(language);
        }
        String head = source + Bilingual.pick(language, " : ", ": ")
                + Plurals.of(language, problems.size(), "problème", "problèmes", "problem", "problems");
        return problems.stream().map(p -> "  " + p.describe(language))
                .collect(Collectors.joining("\n", head + "\n", ""));
    }
}
