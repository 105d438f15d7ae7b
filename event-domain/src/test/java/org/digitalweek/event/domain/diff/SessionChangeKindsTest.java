package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.diff.DiffFixtures.GUEST;
import static org.digitalweek.event.domain.diff.DiffFixtures.HALL;
import static org.digitalweek.event.domain.diff.DiffFixtures.HOST;
import static org.digitalweek.event.domain.diff.DiffFixtures.OPENING;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.PLENARY;
import static org.digitalweek.event.domain.diff.DiffFixtures.TRAINING;
import static org.digitalweek.event.domain.diff.DiffFixtures.copy;
import static org.digitalweek.event.domain.diff.DiffFixtures.newSession;
import static org.digitalweek.event.domain.diff.DiffFixtures.reversed;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.slot;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;
import static org.digitalweek.event.domain.diff.DiffFixtures.weekWithCancellations;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.TrackId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of {@link SessionChange}, alone, then together. */
class SessionChangeKindsTest {

    private final PublicEdition week = week();
    private final Session opening = session(week, OPENING);
    private final Session panel = session(week, PANEL);

    private List<SessionChange> changesAfter(Session changed) {
        ProgrammeDiff diff = ProgrammeDiff.between(week, week.withSession(changed));
        assertThat(diff.editionChanges()).isEmpty();
        return diff.sessionChanges();
    }

    @Test
    void aNewSessionIsAdded() {
        Session keynote = newSession("keynote", "Discours", "Keynote", slot(3, 9, 10), Optional.of(PLENARY));

        assertThat(changesAfter(keynote)).containsExactly(new SessionAdded(keynote));
    }

    @Test
    void aSessionNoLongerThereIsRemoved() {
        PublicEdition without = week.toBuilder()
                .sessions(week.sessions().stream().filter(s -> !s.id().equals(PANEL)).toList()).build();

        ProgrammeDiff diff = ProgrammeDiff.between(week, without);

        assertThat(diff.sessionChanges()).containsExactly(new SessionRemoved(panel));
        assertThat(diff.editionChanges()).isEmpty();
    }

    @Test
    void aSessionThatBecomesCancelledIsCancelledOnly() {
        Session cancelled = panel.withStatus(SessionStatus.CANCELLED);

        assertThat(changesAfter(cancelled)).containsExactly(new SessionCancelled(panel, cancelled));
    }

    @Test
    void aCancelledSessionThatTakesPlaceAgainIsReinstated() {
        PublicEdition cancelled = weekWithCancellations();
        Session wasCancelled = session(cancelled, PANEL);

        ProgrammeDiff diff = ProgrammeDiff.between(cancelled, cancelled.withSession(panel));

        assertThat(diff.sessionChanges()).containsExactly(new SessionReinstated(wasCancelled, panel));
    }

    @Test
    void reinstatingAsTentativeIsNoDetail() {
        PublicEdition cancelled = weekWithCancellations();
        Session tentative = panel.withStatus(SessionStatus.TENTATIVE);

        ProgrammeDiff diff = ProgrammeDiff.between(cancelled, cancelled.withSession(tentative));

        assertThat(diff.sessionChanges()).containsExactly(new SessionReinstated(session(cancelled, PANEL), tentative));
    }

    @Test
    void aSessionAtAnotherTimeIsMovedInTimeOnly() {
        Session later = panel.movedTo(slot(1, 14, 16), panel.room());

        List<SessionChange> changes = changesAfter(later);

        assertThat(changes).containsExactly(new SessionMoved(panel, later));
        SessionMoved moved = (SessionMoved) changes.get(0);
        assertThat(moved.timeChanged()).isTrue();
        assertThat(moved.roomChanged()).isFalse();
    }

    @Test
    void aSessionInAnotherRoomIsMovedInSpaceOnly() {
        Session elsewhere = panel.movedTo(panel.slot(), Optional.of(HALL));

        SessionMoved moved = (SessionMoved) changesAfter(elsewhere).get(0);

        assertThat(moved).isEqualTo(new SessionMoved(panel, elsewhere));
        assertThat(moved.timeChanged()).isFalse();
        assertThat(moved.roomChanged()).isTrue();
    }

    @Test
    void givingUpOrChoosingARoomIsAMove() {
        Session roomless = panel.movedTo(panel.slot(), Optional.empty());
        Session training = session(week, TRAINING);
        Session placed = training.movedTo(training.slot(), Optional.of(PLENARY));

        assertThat(changesAfter(roomless)).containsExactly(new SessionMoved(panel, roomless));
        assertThat(changesAfter(placed)).containsExactly(new SessionMoved(training, placed));
    }

    @Test
    void aNewTitleIsARetitling() {
        Session retitled = copy(panel).title(LocalizedText.frEn("Panel de haut niveau", "High-level panel")).build();

        assertThat(changesAfter(retitled)).containsExactly(new SessionRetitled(panel, retitled));
    }

    @Test
    void aNewParticipantIsAdded() {
        Participant moderator = Participant.of(HOST, ParticipantRole.MODERATOR);
        Session more = panel.withParticipant(moderator);

        assertThat(changesAfter(more))
                .containsExactly(new ParticipantsChanged(panel, more, List.of(moderator), List.of(), false));
    }

    @Test
    void aParticipantWhoLeavesIsRemoved() {
        Session fewer = copy(opening).participants(List.of(opening.participants().get(0))).statements(List.of())
                .build();

        List<SessionChange> changes = changesAfter(fewer);

        assertThat(changes).containsExactly(
                new ParticipantsChanged(opening, fewer, List.of(), List.of(opening.participants().get(1)), false),
                new SessionDetailsChanged(opening, fewer, List.of("statements")));
    }

    @Test
    void aNewRoleIsARemovalAndAnAddition() {
        Participant panellist = panel.participants().get(0);
        Participant moderator = Participant.of(GUEST, ParticipantRole.MODERATOR);
        Session remodelled = copy(panel).participants(List.of(moderator)).build();

        assertThat(changesAfter(remodelled))
                .containsExactly(
                        new ParticipantsChanged(panel, remodelled, List.of(moderator), List.of(panellist), false));
    }

    @Test
    void aNewMandateIsARemovalAndAnAddition() {
        Participant presides = opening.participants().get(0);
        Participant onBehalf = new Participant(HOST, ParticipantRole.PRESIDES, Optional.of(
                new Mandate(LocalizedText.frEn("Premier ministre", "Prime Minister"), new Precedence(2))));
        Session mandated = copy(opening).participants(List.of(onBehalf, opening.participants().get(1))).build();

        assertThat(changesAfter(mandated))
                .containsExactly(
                        new ParticipantsChanged(opening, mandated, List.of(onBehalf), List.of(presides), false));
    }

    @Test
    void anotherSpeakingOrderIsReportedAsAReordering() {
        Session reordered = copy(opening).participants(reversed(opening.participants())).build();

        assertThat(changesAfter(reordered))
                .containsExactly(new ParticipantsChanged(opening, reordered, List.of(), List.of(), true));
    }

    @Test
    void aReorderingBesideAnAdditionIsReportedToo() {
        Participant moderator = Participant.of(HOST, ParticipantRole.MODERATOR);
        List<Participant> reordered = List.of(opening.participants().get(1), moderator, opening.participants().get(0));
        Session changed = copy(opening).participants(reordered).build();

        assertThat(changesAfter(changed))
                .containsExactly(new ParticipantsChanged(opening, changed, List.of(moderator), List.of(), true));
    }

    @Test
    void anAdditionAtTheEndIsNoReordering() {
        Participant moderator = Participant.of(HOST, ParticipantRole.MODERATOR);
        Session changed = opening.withParticipant(moderator);

        ParticipantsChanged change = (ParticipantsChanged) changesAfter(changed).get(0);

        assertThat(change.reordered()).isFalse();
    }

    static Stream<Arguments> details() {
        Statement statement = new Statement(GUEST, "Le numérique nous rassemble.", "fr", Provenance.reported());
        return Stream.of(
                detail("type", c -> c.type(SessionType.MASTERCLASS)),
                detail("summary", c -> c.summary(LocalizedText.fr("Un résumé"))),
                detail("track", c -> c.track(Optional.of(new TrackId("ai")))),
                detail("languages", c -> c.languages(List.of("fr", "en"))),
                detail("status", c -> c.status(SessionStatus.TENTATIVE)),
                detail("expectedAttendance", c -> c.expectedAttendance(OptionalInt.of(150))),
                detail("statements", c -> c.statements(List.of(statement))),
                detail("provenance", c -> c.provenance(Provenance.illustrative(LocalizedText.fr("Inventé")))),
                detail("parallelAllowed", c -> c.parallelAllowed(true)),
                detail("origin", c -> c.origin(
                        Optional.of(new SessionOrigin(new EditionId("test-week-2026"), PANEL)))));
    }

    private static Arguments detail(String field, UnaryOperator<DiffFixtures.SessionCopy> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("details")
    void everyOtherComponentIsADetail(String field, UnaryOperator<DiffFixtures.SessionCopy> change) {
        Session changed = change.apply(copy(panel)).build();

        assertThat(changesAfter(changed)).containsExactly(new SessionDetailsChanged(panel, changed, List.of(field)));
    }

    @Test
    void tentativeToConfirmedIsADetail() {
        Session tentative = panel.withStatus(SessionStatus.TENTATIVE);
        PublicEdition before = week.withSession(tentative);

        ProgrammeDiff diff = ProgrammeDiff.between(before, week);

        assertThat(diff.sessionChanges())
                .containsExactly(new SessionDetailsChanged(tentative, panel, List.of("status")));
    }

    @Test
    void detailsAreNamedInRecordOrder() {
        Session changed = copy(panel).origin(Optional.of(new SessionOrigin(new EditionId("old"), PANEL)))
                .parallelAllowed(true).type(SessionType.WORKSHOP).build();

        assertThat(changesAfter(changed)).containsExactly(
                new SessionDetailsChanged(panel, changed, List.of("type", "parallelAllowed", "origin")));
    }

    @Test
    void aSessionChangedInEveryWayGivesItsChangesInTheFixedOrder() {
        Participant moderator = Participant.of(HOST, ParticipantRole.MODERATOR);
        Session changed = copy(panel).type(SessionType.WORKSHOP).languages(List.of("en"))
                .participants(List.of(moderator, panel.participants().get(0)))
                .title(LocalizedText.fr("Atelier")).status(SessionStatus.CANCELLED).build()
                .movedTo(slot(4, 9, 10), Optional.of(HALL));

        List<SessionChange> changes = changesAfter(changed);

        assertThat(changes).containsExactly(
                new SessionCancelled(panel, changed),
                new SessionMoved(panel, changed),
                new SessionRetitled(panel, changed),
                new ParticipantsChanged(panel, changed, List.of(moderator), List.of(), false),
                new SessionDetailsChanged(panel, changed, List.of("type", "languages")));
        assertThat(changes).extracting(SessionChange::sessionId).containsOnly(PANEL);
    }

    @Test
    void aRemovedSessionIsKnownByItsEarlierStateOthersByTheirLater() {
        Session moved = panel.movedTo(slot(3, 9, 10), panel.room());

        assertThat(new SessionRemoved(panel).latest()).isSameAs(panel);
        assertThat(new SessionAdded(moved).latest()).isSameAs(moved);
        assertThat(new SessionMoved(panel, moved).latest()).isSameAs(moved);
        assertThat(new SessionMoved(panel, moved).sessionId()).isEqualTo(new SessionId("panel-1"));
    }
}
