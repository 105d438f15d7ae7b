package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.MCENMA;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MinistryTest {

    private static final LocalizedText NAME =
            LocalizedText.fr("Ministère de la Communication, de l'Économie numérique et de la Modernisation de l'Administration");

    private static Ministry withAcronym(Optional<String> acronym) {
        return new Ministry(MCENMA, Country.MALI, NAME, acronym, Provenance.reported());
    }

    @Test
    void keepsItsAcronym() {
        assertThat(withAcronym(Optional.of("MCENMA")).acronym()).contains("MCENMA");
        assertThat(withAcronym(Optional.empty()).acronym()).isEmpty();
    }

    @Test
    void rejectsABlankAcronym() {
        assertViolation(() -> withAcronym(Optional.of(" ")), "Ministry", "acronym must not be blank");
        assertViolation(() -> withAcronym(Optional.of("")), "Ministry", "acronym must not be blank");
    }

    @Test
    void needsAName() {
        assertViolation(() -> new Ministry(MCENMA, Country.MALI, LocalizedText.EMPTY, Optional.empty(),
                Provenance.reported()), "Ministry", "name must not be empty");
    }

    @Test
    void rejectsNullParts() {
        Provenance reported = Provenance.reported();
        Optional<String> none = Optional.empty();
        assertThatNullPointerException().isThrownBy(() -> new Ministry(null, Country.MALI, NAME, none, reported))
                .withMessageContaining("'id'");
        assertThatNullPointerException().isThrownBy(() -> new Ministry(MCENMA, null, NAME, none, reported))
                .withMessageContaining("'country'");
        assertThatNullPointerException().isThrownBy(() -> new Ministry(MCENMA, Country.MALI, null, none, reported))
                .withMessageContaining("'name'");
        assertThatNullPointerException().isThrownBy(() -> new Ministry(MCENMA, Country.MALI, NAME, null, reported))
                .withMessageContaining("'acronym'");
        assertThatNullPointerException().isThrownBy(() -> new Ministry(MCENMA, Country.MALI, NAME, none, null))
                .withMessageContaining("'provenance'");
    }
}
