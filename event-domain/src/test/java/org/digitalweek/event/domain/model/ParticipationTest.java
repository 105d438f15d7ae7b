package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.MCENMA;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ParticipationTest {

    @Test
    void ofKeepsEveryRole() {
        Participation participation = Participation.of(MCENMA, ParticipationRole.HOST, ParticipationRole.ORGANISER);

        assertThat(participation.ministry()).isEqualTo(MCENMA);
        assertThat(participation.roles()).containsExactlyInAnyOrder(ParticipationRole.HOST, ParticipationRole.ORGANISER);
    }

    @Test
    void hasTellsTheRoles() {
        Participation participation = Participation.of(MCENMA, ParticipationRole.PATRON);

        assertThat(participation.has(ParticipationRole.PATRON)).isTrue();
        assertThat(participation.has(ParticipationRole.HOST)).isFalse();
    }

    @Test
    void needsAtLeastOneRole() {
        assertViolation(() -> new Participation(MCENMA, Set.of()), "Participation",
                "ministry 'mcenma' needs at least one role");
    }

    @Test
    void rejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Participation(null, Set.of(ParticipationRole.HOST)))
                .withMessageContaining("'ministry'");
        assertThatNullPointerException().isThrownBy(() -> new Participation(MCENMA, null))
                .withMessageContaining("'roles'");
    }

    @Test
    void rolesAreCopiedAndUnmodifiable() {
        Set<ParticipationRole> source = new HashSet<>(Set.of(ParticipationRole.PARTNER));
        Participation participation = new Participation(MCENMA, source);
        source.add(ParticipationRole.HOST);

        assertThat(participation.roles()).containsExactly(ParticipationRole.PARTNER);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> participation.roles().add(ParticipationRole.HOST));
    }

    @Test
    void participationsWithTheSameRolesAreEqual() {
        assertThat(new Participation(MCENMA, new HashSet<>(Set.of(ParticipationRole.HOST))))
                .isEqualTo(new Participation(MCENMA, EnumSet.of(ParticipationRole.HOST)));
    }
}
