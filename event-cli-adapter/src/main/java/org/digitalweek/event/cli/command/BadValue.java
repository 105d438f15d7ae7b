package org.digitalweek.event.cli.command;

import picocli.CommandLine.TypeConversionException;

/**
 * An option reader's refusal of a value, said in both languages: the reader runs before the run's
 * language is at hand, so the handler of failures picks the words.
 */
final class BadValue extends TypeConversionException {

    private static final long serialVersionUID = 1L;

    /** The reason in French. */
    private final String french;

    /**
     * @param french  why the value is refused, in French (« x » n'est pas …)
     * @param english why the value is refused, in English ('x' is not …)
     */
    BadValue(String french, String english) {
        super(english);
        this.french = french;
    }

    /** @return why the value is refused, in French */
    String french() {
        return french;
    }
}
