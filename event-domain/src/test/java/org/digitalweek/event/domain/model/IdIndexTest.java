package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;

/** Lookups by id in an edition: the same answers as a search of the lists, in constant time. */
class IdIndexTest {

    private final PublicEdition week = GeneratedProgrammes.of(300, 3, 3, 9, 7L);

    @Test
    void findsEveryElementByIdAsASearchWould() {
        for (Official official : week.officials()) {
            assertThat(week.official(official.id())).containsSame(official);
        }
        for (Session session : week.sessions()) {
            assertThat(week.session(session.id())).containsSame(session);
        }
        for (Venue venue : week.venues()) {
            for (Room room : venue.rooms()) {
                assertThat(week.room(room.id())).containsSame(room);
                assertThat(week.venueOf(room.id())).containsSame(venue);
                assertThat(venue.room(room.id())).containsSame(room);
            }
        }
        for (Ministry ministry : week.ministries()) {
            assertThat(week.ministry(ministry.id())).containsSame(ministry);
        }
        assertThat(week.official(new OfficialId("nobody"))).isEmpty();
        assertThat(week.room(new RoomId("nowhere"))).isEmpty();
        assertThat(week.venueOf(new RoomId("nowhere"))).isEmpty();
    }

    @Test
    void isAnUnmodifiableListEqualToAPlainOne() {
        List<Official> plain = new ArrayList<>(week.officials());

        assertThat(week.officials()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(week.officials());
        assertThatThrownBy(() -> week.officials().add(plain.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> week.sessions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEditionMadeFromAnotherSharesTheListsItKeeps() {
        Session first = week.sessions().get(0);
        PublicEdition cancelled = week.withSession(first.withStatus(SessionStatus.CANCELLED));

        assertThat(cancelled.officials()).isSameAs(week.officials());
        assertThat(cancelled.session(first.id())).hasValueSatisfying(s -> assertThat(s.isCancelled()).isTrue());
        assertThat(week.session(first.id())).containsSame(first);
    }
}
