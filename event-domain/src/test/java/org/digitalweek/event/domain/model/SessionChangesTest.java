package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.digitalweek.event.domain.model.ModelFixtures.EXPERT;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.PANEL;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_1;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_2;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.session;
import static org.digitalweek.event.domain.model.ModelFixtures.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** What a {@link Session} answers and how it is changed. */
class SessionChangesTest {

    private static final Participant PANELLIST = Participant.of(EXPERT, ParticipantRole.PANELLIST);
    private static final Participant SPEAKER = Participant.of(MINISTER, ParticipantRole.SPEAKER);

    private final Session panel = session(PANEL).slot(slot(0, 11, 13)).room(SALLE_1).participants(PANELLIST)
            .languages("fr", "en").expectedAttendance(120).build();

    @Test
    void onlyACancelledSessionIsCancelled() {
        assertThat(panel.withStatus(SessionStatus.CANCELLED).isCancelled()).isTrue();
        assertThat(panel.withStatus(SessionStatus.CONFIRMED).isCancelled()).isFalse();
        assertThat(panel.withStatus(SessionStatus.TENTATIVE).isCancelled()).isFalse();
    }

    @Test
    void involvesItsParticipantsOnly() {
        assertThat(panel.involves(EXPERT)).isTrue();
        assertThat(panel.involves(MINISTER)).isFalse();
    }

    @Test
    void movedToChangesTheSlotAndRoomOnly() {
        Session moved = panel.movedTo(slot(1, 14, 16), Optional.of(SALLE_2));

        assertThat(moved.slot()).isEqualTo(slot(1, 14, 16));
        assertThat(moved.room()).contains(SALLE_2);
        assertThat(moved.movedTo(panel.slot(), panel.room())).isEqualTo(panel);
        assertThat(panel.slot()).isEqualTo(slot(0, 11, 13));
        assertThat(panel.room()).contains(SALLE_1);
    }

    @Test
    void movedToMayLeaveTheRoomUnchosen() {
        assertThat(panel.movedTo(panel.slot(), Optional.empty()).room()).isEmpty();
    }

    @Test
    void withStatusChangesTheStatusOnly() {
        Session tentative = panel.withStatus(SessionStatus.TENTATIVE);

        assertThat(tentative.status()).isEqualTo(SessionStatus.TENTATIVE);
        assertThat(tentative.withStatus(SessionStatus.CONFIRMED)).isEqualTo(panel);
        assertThat(panel.status()).isEqualTo(SessionStatus.CONFIRMED);
    }

    @Test
    void withParticipantAddsAtTheEnd() {
        Session more = panel.withParticipant(SPEAKER);

        assertThat(more.participants()).containsExactly(PANELLIST, SPEAKER);
        assertThat(more.involves(MINISTER)).isTrue();
        assertThat(panel.participants()).containsExactly(PANELLIST);
    }

    @Test
    void withParticipantKeepsTheInvariants() {
        assertViolation(() -> panel.withParticipant(PANELLIST), "Session 's-panel'",
                "participant 'o-expert as PANELLIST' appears twice");
    }

    @Test
    void collectionsAreUnmodifiable() {
        Session session = session(PANEL).participants(PANELLIST)
                .statements(new Statement(EXPERT, "Merci.", "fr", Provenance.reported())).build();

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> session.participants().add(SPEAKER));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> session.languages().add("en"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> session.statements().clear());
    }

    @Test
    void collectionsAreCopied() {
        List<Participant> participants = new ArrayList<>(List.of(PANELLIST));
        List<String> languages = new ArrayList<>(List.of("fr"));
        Session session = new Session(PANEL, SessionType.PANEL, LocalizedText.fr("Panel"), LocalizedText.EMPTY,
                Optional.empty(), slot(0, 9, 10), Optional.empty(), participants, languages,
                SessionStatus.CONFIRMED, OptionalInt.empty(), new ArrayList<>(), Provenance.reported(), false,
                Optional.empty());
        participants.add(SPEAKER);
        languages.add("en");

        assertThat(session.participants()).containsExactly(PANELLIST);
        assertThat(session.languages()).containsExactly("fr");
    }
}
