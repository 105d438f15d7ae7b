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
     * @param place  where, e.g. {@code line 15, column 15 (/edition/number)} or an item id
     * @param rule   what the document broke, in English
     */
    public UnreadableDocumentException(String source, String place, String rule) {
        this(source, List.of(new DocumentProblem(place, rule)));
    }

    /**
     * @param source   the file or stream name
     * @param problems what is wrong, in document order; at least one
     */
    public UnreadableDocumentException(String source, List<DocumentProblem> problems) {
        super(describe(source, requireSome(problems), " at ", "problems"));
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
    public String place() {
        return problems.get(0).place();
    }

    /** @return what the document broke first */
    public String rule() {
        return problems.get(0).rule();
    }

    /** @return every problem found, in document order */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /** The frame is French; the rules stay in English, as the importer wrote them. */
    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language, describe(source, problems, ", ", "problèmes"), getMessage());
    }

    /** One problem: one line. Several: a head line, then one indented line each. */
    private static String describe(String source, List<DocumentProblem> problems, String at, String several) {
        if (problems.size() == 1) {
            return source + at + problems.get(0).place() + (at.equals(", ") ? " : " : ": ") + problems.get(0).rule();
        }
        return problems.stream().map(p -> "  " + p.describe())
                .collect(Collectors.joining("\n", source + ": " + problems.size() + " " + several + "\n", ""));
    }
}
