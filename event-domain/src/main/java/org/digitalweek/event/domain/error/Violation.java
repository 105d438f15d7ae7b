package org.digitalweek.event.domain.error;

import java.util.Objects;

/**
 * One problem found in a command or an imported document.
 *
 * @param path      where it is, as a property path ({@code sessions[3].slot.end}); empty for the whole input
 * @param rule      the constraint that failed ({@code NotBlank}, {@code Chronological}, …)
 * @param messageFr the message in French
 * @param messageEn the message in English
 */
public record Violation(String path, String rule, String messageFr, String messageEn) {

    /** Checks that no part is missing. */
    public Violation {
        Objects.requireNonNull(path, "'path' must not be null");
        Objects.requireNonNull(rule, "'rule' must not be null");
        Objects.requireNonNull(messageFr, "'messageFr' must not be null");
        Objects.requireNonNull(messageEn, "'messageEn' must not be null");
    }

    /**
     * @param language a BCP 47 tag; {@code fr…} gives French, anything else English
     * @return the message in that language
     */
    public String message(String language) {
        return Bilingual.pick(language, messageFr, messageEn);
    }

    /**
     * @param language a BCP 47 tag
     * @return one line: {@code path : message} / {@code path: message}
     */
    public String describe(String language) {
        String where = path.isEmpty() ? Bilingual.pick(language, "(l'ensemble)", "(the whole input)") : path;
        return where + Bilingual.pick(language, " : ", ": ") + message(language);
    }
}
