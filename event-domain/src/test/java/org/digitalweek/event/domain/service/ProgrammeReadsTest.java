package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.OfficialQuery;
import org.digitalweek.event.domain.port.in.OfficialSessions;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.SessionQuery;

/** The read side of the programme's in-ports: what a front end shows, with the version it needs to write back. */
class ProgrammeReadsTest {

    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final ProgrammeService service = new ProgrammeService(store, Validators.inputValidator());

    @BeforeEach
    void planTheWeekAndCancelThePanel() {
        service.plan(new PlanEditionCommand(EditionDrafts.week()));
        service.cancel(new CancelSessionCommand(ID, 1L, "panel-1"));
    }

    @Test
    void theListGivesEachEditionsStatusVersionAndSessionCount() {
        assertThat(service.editions(EditionQuery.ALL)).singleElement().satisfies(summary -> {
            assertThat(summary.id().value()).isEqualTo(ID);
            assertThat(summary.status()).isEqualTo(EditionStatus.DRAFT);
            assertThat(summary.version()).isEqualTo(2);
            assertThat(summary.sessionCount()).isEqualTo(4);
        });
        assertThat(service.editions(new EditionQuery(Optional.empty(), Optional.empty(),
                Optional.of(EditionStatus.PUBLISHED), Optional.empty())))
                .extracting(EditionSummary::id).isEmpty();
    }

    @Test
    void anEditionIsReadWithItsStoredVersion() {
        assertThat(service.edition(new EditionQueryById(ID)).version()).isEqualTo(2);
        assertThatThrownBy(() -> service.edition(new EditionQueryById("nope")))
                .isInstanceOf(EditionNotFoundException.class);
        assertThatThrownBy(() -> service.edition(new EditionQueryById("Not An Id")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the edition asked for");
    }

    @Test
    void aSessionIsReadCancelledOrNot() {
        assertThat(service.session(new SessionQuery(ID, "panel-1")).status().name()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> service.session(new SessionQuery(ID, "nope")))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("session"));
    }

    @Test
    void anOfficialComesWithTheSessionsTheyTakePartInInProgrammeOrder() {
        OfficialSessions guest = service.official(new OfficialQuery(ID, "guest-minister"));
        OfficialSessions host = service.official(new OfficialQuery(ID, "host-minister"));

        assertThat(guest.official().id().value()).isEqualTo("guest-minister");
        assertThat(guest.sessions()).extracting(s -> s.id().value()).containsExactly("opening", "panel-1");
        assertThat(host.sessions()).extracting(s -> s.id().value()).containsExactly("opening");
        assertThatThrownBy(() -> service.official(new OfficialQuery(ID, "nobody")))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("official"));
        assertThatThrownBy(() -> service.official(new OfficialQuery(ID, "Nobody Here")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the official asked for");
    }
}
