package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.port.in.AssignParticipantCommand;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;

/** Moving, cancelling or staffing an imported session keeps who it is in its source, its page and its links. */
class SessionEditsKeepSourceAndLinksTest {

    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final ProgrammeService service = new ProgrammeService(store, Validators.inputValidator());
    private Session imported;

    @BeforeEach
    void planAWeekWithAnImportedPanel() {
        SessionDraft p = EditionDrafts.panel();
        SessionDraft panel = new SessionDraft(p.id(), p.type(), p.title(), p.summary(), p.track(), p.slot(),
                p.room(), p.participants(), p.languages(), p.status(), p.expectedAttendance(), p.statements(),
                p.illustrativeNote(), p.parallelAllowed(), p.origin(),
                new SourceDraft("29aecfd7-2e44", "6258", "snm-6258-panel", "Podium"), "https://snm.example.ml/panel",
                List.of(new LinkDraft("https://live.example.ml/panel", Map.of("fr", "Direct"), LinkKind.LIVESTREAM),
                        new LinkDraft("https://snm.example.ml/panel.pdf", null, LinkKind.SLIDES)));
        service.plan(new PlanEditionCommand(EditionDrafts.replacingSession(EditionDrafts.week(), 1, panel)));
        imported = session();
        assertThat(imported.links()).hasSize(2);
        assertThat(imported.source().guid()).contains("29aecfd7-2e44");
    }

    @Test
    void aMoveKeepsThem() {
        service.move(new MoveSessionCommand(ID, 1L, "panel-1", EditionDrafts.slot(3, 9, 3, 10), "hall"));

        Session moved = session();
        assertThat(moved.slot()).isNotEqualTo(imported.slot());
        assertSameSourcePageAndLinks(moved);
    }

    @Test
    void aCancellationKeepsThem() {
        service.cancel(new CancelSessionCommand(ID, 1L, "panel-1"));

        assertThat(session().status()).isEqualTo(SessionStatus.CANCELLED);
        assertSameSourcePageAndLinks(session());
    }

    @Test
    void anAssignmentKeepsThem() {
        service.assign(new AssignParticipantCommand(ID, 1L, "panel-1",
                new ParticipantDraft("host-minister", ParticipantRole.MODERATOR, null)));

        assertThat(session().participants()).hasSize(imported.participants().size() + 1);
        assertSameSourcePageAndLinks(session());
    }

    private void assertSameSourcePageAndLinks(Session changed) {
        assertThat(changed.source()).isEqualTo(imported.source());
        assertThat(changed.url()).isEqualTo(imported.url()).isPresent();
        assertThat(changed.links()).isEqualTo(imported.links());
    }

    private Session session() {
        return store.load(new EditionId(ID)).orElseThrow().publicView().session(new SessionId("panel-1"))
                .orElseThrow();
    }
}
