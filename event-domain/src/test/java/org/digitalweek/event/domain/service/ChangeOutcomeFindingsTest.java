package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;

/** A change says which findings it caused and which it resolved, so that a caller needs no second call. */
class ChangeOutcomeFindingsTest {

    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final ProgrammeService service = new ProgrammeService(store, Validators.inputValidator());

    @BeforeEach
    void planTheWeek() {
        service.plan(new PlanEditionCommand(EditionDrafts.week()));
    }

    @Test
    void planningANewEditionCausesEveryFindingItHas() {
        FakeEditions other = new FakeEditions();
        ChangeOutcome planned = new ProgrammeService(other, Validators.inputValidator())
                .plan(new PlanEditionCommand(EditionDrafts.week()));

        assertThat(planned.version()).isEqualTo(1);
        assertThat(planned.caused()).isEqualTo(new ProgrammeChecker().check(planned.edition()).findings())
                .extracting(Finding::rule).contains(Rule.ROOM_NOT_CHOSEN);
        assertThat(planned.resolved()).isEmpty();
    }

    @Test
    void aMoveIntoABookedRoomCausesTheDoubleBookingAndMovingBackResolvesIt() {
        ChangeOutcome clash = service.move(new MoveSessionCommand(ID, 1L, "panel-1", EditionDrafts.slot(0, 9, 0, 11),
                "plenary"));

        assertThat(clash.version()).isEqualTo(2);
        assertThat(clash.caused()).filteredOn(f -> f.rule() == Rule.ROOM_DOUBLE_BOOKED).singleElement()
                .satisfies(f -> assertThat(f.sessions()).extracting(SessionId::value)
                        .containsExactlyInAnyOrder("opening", "panel-1"));
        assertThat(clash.resolved()).isEmpty();
        assertThat(clash.edition()).isEqualTo(stored());

        ChangeOutcome back = service.move(new MoveSessionCommand(ID, 2L, "panel-1", EditionDrafts.slot(1, 10, 1, 12),
                "plenary"));

        assertThat(back.version()).isEqualTo(3);
        assertThat(back.resolved()).extracting(Finding::rule).contains(Rule.ROOM_DOUBLE_BOOKED);
        assertThat(back.resolved()).containsExactlyElementsOf(clash.caused());
        assertThat(back.caused()).isEmpty();
    }

    @Test
    void aChangeThatTouchesNoRuleCausesAndResolvesNothing() {
        ChangeOutcome later = service.move(new MoveSessionCommand(ID, 1L, "panel-1", EditionDrafts.slot(1, 13, 1, 15),
                "plenary"));

        assertThat(later.caused()).isEmpty();
        assertThat(later.resolved()).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        PublicEdition before = stored();

        assertThatThrownBy(() -> service.move(new MoveSessionCommand(ID, 0L, "panel-1", EditionDrafts.slot(0, 9, 0, 11),
                "plenary"))).isInstanceOf(VersionConflictException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theSameProblemTwiceIsCountedTwice() {
        List<Finding> twice = List.of(clash(), clash());

        ChangeOutcome outcome = FindingChanges.between(List.of(clash()), stored(),
                new CheckReport(twice));

        assertThat(outcome.caused()).hasSize(1);
        assertThat(outcome.resolved()).isEmpty();
    }

    private static Finding clash() {
        return new Finding(Rule.ROOM_DOUBLE_BOOKED, Rule.ROOM_DOUBLE_BOOKED.defaultSeverity(),
                List.of(new SessionId("opening"), new SessionId("panel-1")), List.of(), List.of(), List.of(),
                "salle réservée deux fois", "room booked twice");
    }

    private PublicEdition stored() {
        return store.load(new EditionId(ID)).orElseThrow().publicView();
    }
}
