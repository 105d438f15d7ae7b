package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Mandate FOR_THE_PRIME_MINISTER =
            new Mandate(LocalizedText.fr("Premier ministre"), new Precedence(2));

    @Test
    void ofActsInTheirOwnName() {
        Participant participant = Participant.of(MINISTER, ParticipantRole.PRESIDES);

        assertThat(participant.official()).isEqualTo(MINISTER);
        assertThat(participant.role()).isEqualTo(ParticipantRole.PRESIDES);
        assertThat(participant.onBehalfOf()).isEmpty();
    }

    @Test
    void keepsTheMandate() {
        Participant participant = new Participant(MINISTER, ParticipantRole.SPEAKER, Optional.of(FOR_THE_PRIME_MINISTER));

        assertThat(participant.onBehalfOf()).contains(FOR_THE_PRIME_MINISTER);
    }

    @Test
    void participantRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> Participant.of(null, ParticipantRole.SPEAKER))
                .withMessageContaining("'official'");
        assertThatNullPointerException().isThrownBy(() -> Participant.of(MINISTER, null))
                .withMessageContaining("'role'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Participant(MINISTER, ParticipantRole.SPEAKER, null))
                .withMessageContaining("'onBehalfOf'");
    }

    @Test
    void mandateNeedsAnAuthority() {
        assertViolation(() -> new Mandate(LocalizedText.EMPTY, new Precedence(2)), "Mandate",
                "authority must not be empty");
    }

    @Test
    void mandateRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Mandate(null, new Precedence(2)))
                .withMessageContaining("'authority'");
        assertThatNullPointerException().isThrownBy(() -> new Mandate(LocalizedText.fr("Premier ministre"), null))
                .withMessageContaining("'precedence'");
    }
}
