package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import org.junit.jupiter.api.Test;

class StatementTest {

    private static final String WORDS = "Le numérique est un levier de souveraineté.";

    private static Statement in(String language) {
        return new Statement(MINISTER, WORDS, language, Provenance.reported());
    }

    @Test
    void canonicalisesTheLanguage() {
        assertThat(in("FR-ml").language()).isEqualTo("fr-ML");
        assertThat(in("bm").language()).isEqualTo("bm");
    }

    @Test
    void rejectsAnInvalidLanguage() {
        assertViolation(() -> in("x y"), "Statement", "'x y' is not a well-formed BCP 47 language tag");
        assertViolation(() -> in(""), "Statement", "'' is not a well-formed BCP 47 language tag");
    }

    /** A null language is reported as a broken invariant, not as a NullPointerException. */
    @Test
    void rejectsANullLanguageAsAnInvariant() {
        assertViolation(() -> in(null), "Statement", "language tag must not be null");
    }

    @Test
    void rejectsABlankText() {
        assertViolation(() -> new Statement(MINISTER, " ", "fr", Provenance.reported()), "Statement",
                "text must not be blank");
    }

    @Test
    void rejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Statement(null, WORDS, "fr", Provenance.reported()))
                .withMessageContaining("'speaker'");
        assertThatNullPointerException().isThrownBy(() -> new Statement(MINISTER, null, "fr", Provenance.reported()))
                .withMessageContaining("'text'");
        assertThatNullPointerException().isThrownBy(() -> new Statement(MINISTER, WORDS, "fr", null))
                .withMessageContaining("'provenance'");
    }
}
