package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.AddSessionCommand;
import org.digitalweek.event.domain.port.in.AssignParticipantCommand;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.RegisterOfficialCommand;
import org.digitalweek.event.domain.port.in.RegisterParticipationCommand;
import org.digitalweek.event.domain.port.in.SessionQuery;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.RuleSettings;
import org.digitalweek.event.domain.rules.Severity;

class ProgrammeServiceTest {

    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final ProgrammeService service = new ProgrammeService(store, Validators.inputValidator());

    @BeforeEach
    void planTheWeek() {
        ChangeOutcome planned = service.plan(new PlanEditionCommand(EditionDrafts.week()));
        assertThat(planned.version()).isEqualTo(1);
    }

    @Test
    void planningStoresTheWholeDraftAsADraftEdition() {
        Edition stored = stored();
        assertThat(stored.publicView().status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(stored.publicView().sessions()).hasSize(4);
        assertThat(stored.publicView().ministriesWith(ParticipationRole.HOST)).extracting(m -> m.id().value())
                .containsExactly("mcpen");
    }

    @Test
    void planningTheSameEditionTwiceIsAConflict() {
        assertThatThrownBy(() -> service.plan(new PlanEditionCommand(EditionDrafts.week())))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void anInvalidPlanStoresNothing() {
        var week = EditionDrafts.week();
        var broken = EditionDrafts.replacingSession(week, 0, EditionDrafts.session("x", SessionType.PANEL,
                EditionDrafts.slot(0, 9, 0, 10), "nowhere", null, List.of(), List.of()))
                .withOfficials(week.officials());
        var other = new org.digitalweek.event.domain.draft.EditionDraft("other", broken.series(), 1, broken.title(),
                broken.theme(), broken.startDate(), broken.endDate(), broken.timeZone(), broken.hostCity(),
                broken.hostCountry(), broken.venues(), broken.ministries(), broken.participations(),
                broken.officials(), broken.sessions(), null, null, null);

        assertThatThrownBy(() -> service.plan(new PlanEditionCommand(other)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("edition.sessions[0].room"));
        assertThat(store.load(new EditionId("other"))).isEmpty();
    }

    @Test
    void addingASessionSavesTheNextVersion() {
        ChangeOutcome after = service.add(new AddSessionCommand(ID, 1L, EditionDrafts.session("masterclass",
                SessionType.MASTERCLASS, EditionDrafts.slot(3, 9, 3, 12), "plenary", "ai", List.of(), List.of())));

        assertThat(after.version()).isEqualTo(2);
        assertThat(stored().publicView().session(new SessionId("masterclass"))).isPresent();
    }

    @Test
    void addingASessionInAnUnknownRoomIsRefusedWithItsPathAndNothingChanges() {
        Edition before = stored();
        assertThatThrownBy(() -> service.add(new AddSessionCommand(ID, 1L, EditionDrafts.session("late",
                SessionType.PANEL, EditionDrafts.slot(3, 9, 3, 12), "attic", null, List.of(), List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo("edition '" + ID + "' once changed");
                    assertThat(e.getMessage("fr")).startsWith("l'édition « " + ID + " » une fois changée : 1 problème");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("sessions[4].room");
                });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void addingASessionWhoseIdIsTakenIsRefused() {
        assertThatThrownBy(() -> service.add(new AddSessionCommand(ID, 1L, EditionDrafts.panel())))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("panel-1");
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        Edition before = stored();
        assertThatThrownBy(() -> service.cancel(new CancelSessionCommand(ID, 0L, "panel-1")))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.actualVersion()).isEqualTo(1);
                });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void movingASessionChangesItsSlotAndRoom() {
        service.move(new MoveSessionCommand(ID, 1L, "ai-training", EditionDrafts.slot(4, 9, 4, 12), "plenary"));

        Session moved = session("ai-training");
        assertThat(moved.slot().start()).isEqualTo(EditionDrafts.FIRST_DAY.plusDays(4).atTime(9, 0));
        assertThat(moved.room()).contains(new RoomId("plenary"));
    }

    @Test
    void movingWithoutARoomKeepsTheRoom() {
        service.move(new MoveSessionCommand(ID, 1L, "panel-1", EditionDrafts.slot(3, 9, 3, 10), null));
        assertThat(session("panel-1").room()).contains(new RoomId("plenary"));
    }

    @Test
    void movingAnUnknownSessionSaysWhichOne() {
        assertThatThrownBy(() -> service.move(new MoveSessionCommand(ID, 1L, "ghost",
                EditionDrafts.slot(3, 9, 3, 10), null)))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> {
                    assertThat(e.itemId()).isEqualTo("ghost");
                    assertThat(e.getMessage("fr")).contains("« ghost »");
                });
    }

    @Test
    void cancellingKeepsTheSessionMarkedCancelled() {
        service.cancel(new CancelSessionCommand(ID, 1L, "panel-1"));
        assertThat(session("panel-1").status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void assigningAPersonAddsTheRole() {
        service.assign(new AssignParticipantCommand(ID, 1L, "panel-1",
                new ParticipantDraft("host-minister", ParticipantRole.MODERATOR, null)));
        assertThat(session("panel-1").involves(new OfficialId("host-minister"))).isTrue();
    }

    @Test
    void assigningTheSameRoleTwiceIsReportedWithItsPathAndNothingChanges() {
        Edition before = stored();
        assertThatThrownBy(() -> service.assign(new AssignParticipantCommand(ID, 1L, "panel-1",
                new ParticipantDraft("guest-minister", ParticipantRole.PANELLIST, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("sessions[1].participants[1].role"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void assigningAnUnknownPersonIsRefused() {
        assertThatThrownBy(() -> service.assign(new AssignParticipantCommand(ID, 1L, "panel-1",
                new ParticipantDraft("stranger", ParticipantRole.MODERATOR, null))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void registeringAMinistryAndAnOfficial() {
        service.register(new RegisterParticipationCommand(ID, 1L,
                new MinistryDraft("mcen", "ML", Map.of("fr", "Ministère de la Communication"), null, null),
                Set.of(ParticipationRole.GUEST_DELEGATION, ParticipationRole.PARTNER)));
        service.register(new RegisterOfficialCommand(ID, 2L,
                new OfficialDraft("ml-minister", "Nom Malien", "M.", Map.of("fr", "Ministre"), "mcen", 3, null)));

        var view = stored().publicView();
        assertThat(view.ministriesWith(ParticipationRole.PARTNER)).extracting(m -> m.id())
                .containsExactly(new MinistryId("mcen"));
        assertThat(view.official(new OfficialId("ml-minister"))).isPresent();
        assertThat(stored().version()).isEqualTo(3);
    }

    @Test
    void anArchivedEditionIsNoLongerChanged() {
        Edition current = stored();
        store.save(current.withPublicView(current.publicView().toBuilder().status(EditionStatus.ARCHIVED).build()),
                1);
        assertThatThrownBy(() -> service.cancel(new CancelSessionCommand(ID, 2L, "panel-1")))
                .isInstanceOf(ForbiddenChangeException.class);
    }

    @Test
    void theProgrammeIsFilteredByDayRoomTrackAndPerson() {
        assertThat(ids(ProgrammeQuery.all(ID))).containsExactly("opening", "expo", "panel-1", "ai-training");
        assertThat(ids(new ProgrammeQuery(ID, EditionDrafts.FIRST_DAY.plusDays(1), null, null, null)))
                .containsExactly("expo", "panel-1");
        assertThat(ids(new ProgrammeQuery(ID, null, "plenary", null, null))).containsExactly("opening", "panel-1");
        assertThat(ids(new ProgrammeQuery(ID, null, null, "ai", null))).containsExactly("ai-training");
        assertThat(ids(new ProgrammeQuery(ID, null, null, null, "guest-minister")))
                .containsExactly("opening", "panel-1");
        assertThat(ids(new ProgrammeQuery(ID, EditionDrafts.FIRST_DAY, "plenary", "gov", "host-minister")))
                .containsExactly("opening");
    }

    @Test
    void theProgrammeIsCheckedWithTheConfiguredRules() {
        assertThat(service.check(new EditionQueryById(ID)).findings()).extracting(f -> f.rule())
                .containsExactly(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL, Rule.ROOM_NOT_CHOSEN);
        ProgrammeService quiet = new ProgrammeService(store, Validators.inputValidator(), new ProgrammeChecker(
                RuleSettings.defaults().without(Rule.ROOM_NOT_CHOSEN).with(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL,
                        Severity.ERROR)));
        assertThat(quiet.check(new EditionQueryById(ID)).withSeverity(Severity.ERROR)).hasSize(1);
        assertThat(quiet.check(new EditionQueryById(ID)).findings()).hasSize(1);
    }

    @Test
    void theProtocolOrderOfASessionIsRead() {
        SessionQuery opening = new SessionQuery(ID, "opening");

        assertThat(service.speakingOrder(opening)).extracting(p -> p.official().id().value())
                .containsExactly("guest-minister", "host-minister");
        assertThat(service.seatingOrder(opening)).extracting(p -> p.official().id().value())
                .containsExactly("host-minister", "guest-minister");
        assertThatThrownBy(() -> service.speakingOrder(new SessionQuery(ID, "nope")))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void anUnknownEditionIsNamed() {
        assertThatThrownBy(() -> service.programme(ProgrammeQuery.all("nope")))
                .isInstanceOfSatisfying(EditionNotFoundException.class,
                        e -> assertThat(e.editionId()).isEqualTo("nope"));
    }

    @Test
    void anInvalidQueryIsReported() {
        assertThatThrownBy(() -> service.programme(new ProgrammeQuery(ID, null, "bad room", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("roomId"));
    }

    private List<String> ids(ProgrammeQuery query) {
        return service.programme(query).stream().map(s -> s.id().value()).toList();
    }

    private Edition stored() {
        return store.load(new EditionId(ID)).orElseThrow();
    }

    private Session session(String id) {
        return stored().publicView().session(new SessionId(id)).orElseThrow();
    }

}
