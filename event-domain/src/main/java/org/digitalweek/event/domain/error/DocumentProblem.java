package org.digitalweek.event.domain.error;

import java.util.Objects;

/**
 * One thing wrong in a document that could not be imported.
 *
 * @param place where, e.g. {@code line 15, column 15 (/edition/number)} or {@code event 1234}
 * @param rule  what the document broke, in English
 */
public record DocumentProblem(String place, String rule) {

    /** Checks that no part is missing. */
    public DocumentProblem {
        Objects.requireNonNull(place, "'place' must not be null");
        Objects.requireNonNull(rule, "'rule' must not be null");
    }

    /** @return one line: {@code place: rule} */
    public String describe() {
        return place + ": " + rule;
    }
}
