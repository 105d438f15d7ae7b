package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.digitalweek.event.domain.model.ModelFixtures.CICB;
import static org.digitalweek.event.domain.model.ModelFixtures.EXPERT;
import static org.digitalweek.event.domain.model.ModelFixtures.HALL;
import static org.digitalweek.event.domain.model.ModelFixtures.HOTEL;
import static org.digitalweek.event.domain.model.ModelFixtures.MCENMA;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.OPENING;
import static org.digitalweek.event.domain.model.ModelFixtures.PANEL;
import static org.digitalweek.event.domain.model.ModelFixtures.PRIMATURE;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_1;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_2;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;
import static org.digitalweek.event.domain.model.ModelFixtures.editionBuilder;
import static org.digitalweek.event.domain.model.ModelFixtures.ministry;
import static org.digitalweek.event.domain.model.ModelFixtures.room;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The look-ups of {@link PublicEdition} and the immutability of what it returns. */
class PublicEditionQueriesTest {

    private final PublicEdition edition = edition();

    @Test
    void roomsAreEveryRoomOfEveryVenueInOrder() {
        assertThat(edition.rooms()).extracting(Room::id).containsExactly(SALLE_1, SALLE_2, HALL);
    }

    @Test
    void roomFindsARoomOfAnyVenue() {
        assertThat(edition.room(HALL)).contains(room(HALL));
        assertThat(edition.room(new RoomId("nowhere"))).isEmpty();
    }

    @Test
    void venueOfFindsTheVenueThatHasTheRoom() {
        assertThat(edition.venueOf(SALLE_2)).map(Venue::id).contains(CICB);
        assertThat(edition.venueOf(HALL)).map(Venue::id).contains(HOTEL);
        assertThat(edition.venueOf(new RoomId("nowhere"))).isEmpty();
    }

    @Test
    void sessionOfficialAndMinistryAreFoundById() {
        assertThat(edition.session(PANEL)).map(Session::id).contains(PANEL);
        assertThat(edition.session(new SessionId("s-none"))).isEmpty();
        assertThat(edition.official(EXPERT)).map(Official::id).contains(EXPERT);
        assertThat(edition.official(new OfficialId("o-none"))).isEmpty();
        assertThat(edition.ministry(PRIMATURE)).contains(ministry(PRIMATURE));
        assertThat(edition.ministry(new MinistryId("m-none"))).isEmpty();
    }

    @Test
    void ministriesWithGivesTheMinistriesPlayingARole() {
        assertThat(edition.ministriesWith(ParticipationRole.HOST)).containsExactly(ministry(MCENMA));
        assertThat(edition.ministriesWith(ParticipationRole.ORGANISER)).containsExactly(ministry(MCENMA));
        assertThat(edition.ministriesWith(ParticipationRole.PATRON)).containsExactly(ministry(PRIMATURE));
        assertThat(edition.ministriesWith(ParticipationRole.PARTNER)).isEmpty();
    }

    @Test
    void ministriesWithFollowsTheOrderOfTheParticipations() {
        PublicEdition partners = editionBuilder().participations(List.of(
                Participation.of(PRIMATURE, ParticipationRole.PARTNER),
                Participation.of(MCENMA, ParticipationRole.PARTNER, ParticipationRole.HOST))).build();

        assertThat(partners.ministriesWith(ParticipationRole.PARTNER))
                .containsExactly(ministry(PRIMATURE), ministry(MCENMA));
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
        Session any = edition.sessions().get(0);
        assertUnmodifiable(edition.venues());
        assertUnmodifiable(edition.ministries());
        assertUnmodifiable(edition.participations());
        assertUnmodifiable(edition.officials());
        assertUnmodifiable(edition.sessions());
        assertUnmodifiable(edition.rooms());
        assertUnmodifiable(edition.programme());
        assertUnmodifiable(edition.ministriesWith(ParticipationRole.HOST));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> edition.sessions().add(any));
    }

    private static void assertUnmodifiable(List<?> values) {
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(values::clear);
    }

    @Test
    void theSessionsOfTheFixtureAreTheOpeningAndThePanel() {
        assertThat(edition.sessions()).extracting(Session::id).containsExactly(OPENING, PANEL);
        assertThat(edition.session(OPENING).orElseThrow().involves(MINISTER)).isTrue();
    }
}
