package org.digitalweek.event.domain.error;

/**
 * Base of every error the domain reports: each one names the input, the place and the rule, so a
 * caller can show it to a user without a stack trace.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message an English message that names the input, the place and the rule
     */
    protected DomainException(String message) {
        super(message);
    }

    /**
     * The message in the language {@link org.digitalweek.event.domain.language.ReaderLanguage} decides for the tag:
     * French for {@code fr}, {@code de} or {@code bm}, English for {@code en} or {@code en-GB}.
     *
     * @param language a BCP 47 language tag
     * @return the message in that language
     */
    public String getMessage(String language) {
        return getMessage();
    }
}
