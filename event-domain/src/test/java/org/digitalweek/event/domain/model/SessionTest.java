package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.EXPERT;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.PANEL;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.session;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.ModelFixtures.SessionDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants of {@link Session}'s constructor. */
class SessionTest {

    private static final String TYPE = "Session 's-panel'";

    private static Statement statementBy(OfficialId speaker) {
        return new Statement(speaker, "Former nos jeunes à l'IA est une priorité.", "fr", Provenance.reported());
    }

    @Test
    void aValidSessionKeepsItsParts() {
        Session session = session(PANEL).participants(Participant.of(EXPERT, ParticipantRole.PANELLIST))
                .expectedAttendance(250).build();

        assertThat(session.id()).isEqualTo(PANEL);
        assertThat(session.participants()).containsExactly(Participant.of(EXPERT, ParticipantRole.PANELLIST));
        assertThat(session.expectedAttendance()).hasValue(250);
        assertThat(session.status()).isEqualTo(SessionStatus.CONFIRMED);
    }

    @Test
    void canonicalisesTheLanguages() {
        assertThat(session(PANEL).languages("FR", "bm-ml", "en").build().languages())
                .containsExactly("fr", "bm-ML", "en");
    }

    @Test
    void mayHaveNoLanguageNoParticipantAndNoStatement() {
        Session session = session(PANEL).languages().build();

        assertThat(session.languages()).isEmpty();
        assertThat(session.participants()).isEmpty();
        assertThat(session.statements()).isEmpty();
    }

    @Test
    void needsATitle() {
        assertViolation(() -> session(PANEL).title(LocalizedText.EMPTY).build(), TYPE, "title must not be empty");
    }

    @Test
    void rejectsANegativeExpectedAttendance() {
        assertViolation(() -> session(PANEL).expectedAttendance(-1).build(), TYPE,
                "expected attendance must not be negative");
    }

    @Test
    void acceptsAnExpectedAttendanceOfZero() {
        assertThat(session(PANEL).expectedAttendance(0).build().expectedAttendance()).hasValue(0);
    }

    @Test
    void rejectsALanguageTwice() {
        assertViolation(() -> session(PANEL).languages("fr", "en", "FR").build(), TYPE, "language 'fr' appears twice");
    }

    @Test
    void rejectsAnInvalidLanguage() {
        assertViolation(() -> session(PANEL).languages("fr", "x y").build(), "Session",
                "'x y' is not a well-formed BCP 47 language tag");
    }

    @Test
    void rejectsTheSamePersonTwiceInTheSameRole() {
        SessionDraft draft = session(PANEL).participants(
                Participant.of(EXPERT, ParticipantRole.PANELLIST), Participant.of(EXPERT, ParticipantRole.PANELLIST));

        assertViolation(draft::build, TYPE, "participant 'o-expert as PANELLIST' appears twice");
    }

    @Test
    void acceptsTheSamePersonInTwoRoles() {
        Session session = session(PANEL).participants(
                Participant.of(EXPERT, ParticipantRole.MODERATOR), Participant.of(EXPERT, ParticipantRole.SPEAKER))
                .build();

        assertThat(session.participants()).hasSize(2);
    }

    @Test
    void rejectsAStatementBySomeoneWhoDoesNotTakePart() {
        SessionDraft draft = session(PANEL).participants(Participant.of(MINISTER, ParticipantRole.SPEAKER))
                .statements(statementBy(EXPERT));

        assertViolation(draft::build, TYPE, "statement by 'o-expert', who does not take part in the session");
    }

    @Test
    void acceptsAStatementByAParticipant() {
        Session session = session(PANEL).participants(Participant.of(EXPERT, ParticipantRole.TRAINER))
                .statements(statementBy(EXPERT)).build();

        assertThat(session.statements()).containsExactly(statementBy(EXPERT));
    }

    static Stream<Arguments> nullParts() {
        return Stream.of(
                nulled("id", d -> d.id = null),
                nulled("type", d -> d.type = null),
                nulled("title", d -> d.title = null),
                nulled("summary", d -> d.summary = null),
                nulled("track", d -> d.track = null),
                nulled("slot", d -> d.slot = null),
                nulled("room", d -> d.room = null),
                nulled("participants", d -> d.participants = null),
                nulled("languages", d -> d.languages = null),
                nulled("status", d -> d.status = null),
                nulled("expectedAttendance", d -> d.expectedAttendance = null),
                nulled("statements", d -> d.statements = null),
                nulled("provenance", d -> d.provenance = null));
    }

    private static Arguments nulled(String field, Consumer<SessionDraft> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullParts")
    void rejectsANullPart(String field, Consumer<SessionDraft> change) {
        SessionDraft draft = session(PANEL);
        change.accept(draft);

        assertThatNullPointerException().isThrownBy(draft::build).withMessageContaining("'" + field + "'");
    }
}
