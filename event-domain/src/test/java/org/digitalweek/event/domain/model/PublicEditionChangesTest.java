package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_TYPE;
import static org.digitalweek.event.domain.model.ModelFixtures.OPENING;
import static org.digitalweek.event.domain.model.ModelFixtures.PANEL;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_2;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.at;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;
import static org.digitalweek.event.domain.model.ModelFixtures.editionBuilder;
import static org.digitalweek.event.domain.model.ModelFixtures.session;
import static org.digitalweek.event.domain.model.ModelFixtures.slot;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link PublicEdition#programme()} and {@link PublicEdition#withSession(Session)}. */
class PublicEditionChangesTest {

    @Test
    void programmeIsByStartThenEndThenId() {
        Session longMorning = session(new SessionId("s-b")).slot(slot(0, 9, 12)).build();
        Session shortZ = session(new SessionId("s-z")).slot(slot(0, 9, 10)).build();
        Session shortA = session(new SessionId("s-a")).slot(slot(0, 9, 10)).build();
        Session earliest = session(new SessionId("s-y")).slot(slot(0, 8, 9)).build();
        Session nextDay = session(new SessionId("s-0")).slot(slot(1, 7, 8)).build();
        PublicEdition edition = editionBuilder()
                .sessions(List.of(nextDay, longMorning, shortZ, shortA, earliest)).build();

        assertThat(edition.programme()).containsExactly(earliest, shortA, shortZ, longMorning, nextDay);
        assertThat(edition.sessions()).containsExactly(nextDay, longMorning, shortZ, shortA, earliest);
    }

    @Test
    void programmeOrdersAnExhibitionOfSeveralDaysByItsStart() {
        Session exhibition = session(new SessionId("s-expo")).type(SessionType.EXHIBITION)
                .slot(new TimeSlot(at(0, 8), at(4, 18))).build();
        PublicEdition edition = edition().withSession(exhibition);

        assertThat(edition.programme()).extracting(Session::id).containsExactly(exhibition.id(), OPENING, PANEL);
    }

    @Test
    void withSessionAddsANewSession() {
        PublicEdition before = edition();
        Session workshop = session(new SessionId("s-workshop")).slot(slot(2, 14, 17)).room(SALLE_2).build();

        PublicEdition after = before.withSession(workshop);

        assertThat(after.sessions()).hasSize(3).contains(workshop);
        assertThat(after.session(workshop.id())).contains(workshop);
        assertThat(before.sessions()).hasSize(2).doesNotContain(workshop);
    }

    @Test
    void withSessionReplacesTheSessionWithTheSameId() {
        PublicEdition before = edition();
        Session panel = before.session(PANEL).orElseThrow();
        Session moved = panel.movedTo(slot(3, 15, 17), Optional.empty());

        PublicEdition after = before.withSession(moved);

        assertThat(after.sessions()).hasSize(2).contains(moved).doesNotContain(panel);
        assertThat(after.session(PANEL)).contains(moved);
        assertThat(before.session(PANEL)).contains(panel);
    }

    @Test
    void withSessionKeepsEverythingElse() {
        PublicEdition before = edition();
        Session cancelled = before.session(OPENING).orElseThrow().withStatus(SessionStatus.CANCELLED);

        PublicEdition after = before.withSession(cancelled);

        assertThat(after.venues()).isEqualTo(before.venues());
        assertThat(after.ministries()).isEqualTo(before.ministries());
        assertThat(after.participations()).isEqualTo(before.participations());
        assertThat(after.officials()).isEqualTo(before.officials());
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.session(OPENING).orElseThrow().isCancelled()).isTrue();
    }

    @Test
    void withSessionChecksTheReferences() {
        Session lost = session(PANEL).room(new RoomId("nowhere")).build();

        assertViolation(() -> edition().withSession(lost), EDITION_TYPE, "session 's-panel' is in unknown room 'nowhere'");
    }
}
