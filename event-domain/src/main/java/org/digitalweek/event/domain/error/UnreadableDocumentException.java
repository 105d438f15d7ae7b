package org.digitalweek.event.domain.error;

/**
 * An imported document could not be read at all (not well-formed, too large, too deeply nested).
 * Problems in a document that could be read are reported by {@link InvalidInputException} instead.
 */
public final class UnreadableDocumentException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String rule;

    /**
     * @param source the file or stream name
     * @param place  where, e.g. {@code line 15, column 15 (/edition/number)} or an item id
     * @param rule   what the document broke, in English
     */
    public UnreadableDocumentException(String source, String place, String rule) {
        super(source + " at " + place + ": " + rule);
        this.source = source;
        this.place = place;
        this.rule = rule;
    }

    /** @return the file or stream name */
    public String source() {
        return source;
    }

    /** @return where the problem is */
    public String place() {
        return place;
    }

    /** @return what the document broke */
    public String rule() {
        return rule;
    }

    /** The frame is French; the rule stays in English, as the importer wrote it. */
    @Override
    public String getMessage(String language) {
        return Bilingual.pick(language, source + ", " + place + " : " + rule, getMessage());
    }
}
