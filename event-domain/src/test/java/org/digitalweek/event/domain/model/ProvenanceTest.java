package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void reportedIsNotIllustrative() {
        Provenance reported = Provenance.reported();

        assertThat(reported).isInstanceOf(Provenance.Reported.class).isSameAs(Provenance.reported());
        assertThat(reported.isIllustrative()).isFalse();
    }

    @Test
    void illustrativeKeepsItsNote() {
        LocalizedText note = LocalizedText.fr("Salle ajoutée pour l'exemple");

        Provenance illustrative = Provenance.illustrative(note);

        assertThat(illustrative.isIllustrative()).isTrue();
        assertThat(illustrative).isEqualTo(new Provenance.Illustrative(note));
        assertThat(((Provenance.Illustrative) illustrative).note()).isEqualTo(note);
    }

    @Test
    void illustrativeNeedsANote() {
        assertViolation(() -> Provenance.illustrative(LocalizedText.EMPTY), "Provenance",
                "an illustrative item needs a note");
    }

    @Test
    void illustrativeRejectsANullNote() {
        assertThatNullPointerException().isThrownBy(() -> Provenance.illustrative(null))
                .withMessageContaining("'note'");
    }
}
