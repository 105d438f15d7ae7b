package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.MCENMA;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class OfficialTest {

    private static final LocalizedText POST = LocalizedText.fr("Ministre de la Communication");
    private static final Precedence RANK = new Precedence(12);

    private static Official named(String honorific, String fullName) {
        return new Official(MINISTER, fullName, honorific, POST, Optional.of(MCENMA), RANK, Provenance.reported());
    }

    @Test
    void keepsItsParts() {
        Official official = named("M.", "Alhamdou Ag Ilyène");

        assertThat(official.fullName()).isEqualTo("Alhamdou Ag Ilyène");
        assertThat(official.postTitle()).isEqualTo(POST);
        assertThat(official.ministry()).contains(MCENMA);
        assertThat(official.precedence()).isEqualTo(RANK);
    }

    @Test
    void displayNameStartsWithTheHonorific() {
        assertThat(named("Mme", "Aïssata Traoré").displayName()).isEqualTo("Mme Aïssata Traoré");
    }

    @Test
    void displayNameIsTheNameWhenThereIsNoHonorific() {
        assertThat(named("", "Aïssata Traoré").displayName()).isEqualTo("Aïssata Traoré");
        assertThat(named("  ", "Aïssata Traoré").displayName()).isEqualTo("Aïssata Traoré");
    }

    @Test
    void rejectsABlankName() {
        assertViolation(() -> named("M.", " "), "Official", "fullName must not be blank");
        assertViolation(() -> named("M.", ""), "Official", "fullName must not be blank");
    }

    @Test
    void rejectsNullParts() {
        Optional<MinistryId> none = Optional.empty();
        Provenance reported = Provenance.reported();
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(null, "A", "", POST, none, RANK, reported)).withMessageContaining("'id'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, null, "", POST, none, RANK, reported))
                .withMessageContaining("'fullName'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, "A", null, POST, none, RANK, reported))
                .withMessageContaining("'honorific'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, "A", "", null, none, RANK, reported))
                .withMessageContaining("'postTitle'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, "A", "", POST, null, RANK, reported))
                .withMessageContaining("'ministry'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, "A", "", POST, none, null, reported))
                .withMessageContaining("'precedence'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Official(MINISTER, "A", "", POST, none, RANK, null))
                .withMessageContaining("'provenance'");
    }
}
