package org.digitalweek.event.persistence.json;

/**
 * A stored document that cannot be turned into the model: what is wrong and where, as a JSON
 * pointer. The reader adds the file, line and column and reports it as an
 * {@code UnreadableDocumentException}; it never leaves this package.
 */
final class DocumentProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String ruleFr;
    private final String ruleEn;

    /**
     * @param pointer the JSON pointer of the value, {@code ""} for the whole document
     * @param ruleFr  what the document broke, in French
     * @param ruleEn  what the document broke, in English
     */
    DocumentProblem(String pointer, String ruleFr, String ruleEn) {
        super(pointer + ": " + ruleEn);
        this.pointer = pointer;
        this.ruleFr = ruleFr;
        this.ruleEn = ruleEn;
    }

    String pointer() {
        return pointer;
    }

    String ruleFr() {
        return ruleFr;
    }

    String ruleEn() {
        return ruleEn;
    }
}
