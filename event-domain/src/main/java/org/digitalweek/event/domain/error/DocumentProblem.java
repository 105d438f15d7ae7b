package org.digitalweek.event.domain.error;

import java.util.Objects;

/**
 * One thing wrong in a document that could not be imported.
 *
 * @param place  where, e.g. {@code ligne 15, colonne 15 (/edition/number)} / {@code line 15, column 15
 *               (/edition/number)} or {@code événement 1234} / {@code event 1234}
 * @param ruleFr what the document broke, in French
 * @param ruleEn what the document broke, in English
 */
public record DocumentProblem(DocumentPlace place, String ruleFr, String ruleEn) {

    /** Checks that no part is missing. */
    public DocumentProblem {
        Objects.requireNonNull(place, "'place' must not be null");
        Objects.requireNonNull(ruleFr, "'ruleFr' must not be null");
        Objects.requireNonNull(ruleEn, "'ruleEn' must not be null");
    }

    /**
     * @param language a BCP 47 tag
     * @return what the document broke, in that language
     */
    public String rule(String language) {
        return Bilingual.pick(language, ruleFr, ruleEn);
    }

    /**
     * @param language a BCP 47 tag
     * @return one line: {@code place : rule} / {@code place: rule}
     */
    public String describe(String language) {
        return place.text(language) + Bilingual.pick(language, " : ", ": ") + rule(language);
    }
}
