package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.model.ModelFixtures.CICB;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_TYPE;
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
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;
import static org.digitalweek.event.domain.model.ModelFixtures.editionBuilder;
import static org.digitalweek.event.domain.model.ModelFixtures.ministry;
import static org.digitalweek.event.domain.model.ModelFixtures.official;
import static org.digitalweek.event.domain.model.ModelFixtures.room;
import static org.digitalweek.event.domain.model.ModelFixtures.session;
import static org.digitalweek.event.domain.model.ModelFixtures.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link PublicEdition} checks that ids are unique and that every reference resolves. */
class PublicEditionReferencesTest {

    private static <T> List<T> plus(List<T> values, T more) {
        List<T> all = new ArrayList<>(values);
        all.add(more);
        return all;
    }

    @Test
    void rejectsASessionInAnUnknownRoom() {
        Session lost = session(new SessionId("s-lost")).room(new RoomId("nowhere")).build();

        assertViolation(() -> editionBuilder().sessions(plus(edition().sessions(), lost)).build(), EDITION_TYPE,
                "session 's-lost' is in unknown room 'nowhere'");
    }

    @Test
    void rejectsASessionInAnUnknownTrack() {
        Session lost = session(new SessionId("s-lost")).track(new TrackId("culture")).build();

        assertViolation(() -> editionBuilder().sessions(plus(edition().sessions(), lost)).build(), EDITION_TYPE,
                "session 's-lost' is in unknown track 'culture'");
    }

    @Test
    void rejectsASessionNamingAnUnknownOfficial() {
        Session lost = session(new SessionId("s-lost"))
                .participants(Participant.of(new OfficialId("o-ghost"), ParticipantRole.SPEAKER)).build();

        assertViolation(() -> editionBuilder().sessions(plus(edition().sessions(), lost)).build(), EDITION_TYPE,
                "session 's-lost' names unknown official 'o-ghost'");
    }

    @Test
    void aSessionMayHaveNoRoomNoTrackAndNoParticipant() {
        Session bare = session(new SessionId("s-bare")).build();

        assertThat(editionBuilder().sessions(plus(edition().sessions(), bare)).build().session(bare.id()))
                .contains(bare);
    }

    @Test
    void rejectsAnOfficialOfAnUnknownMinistry() {
        Official ghost = official(new OfficialId("o-ghost"), Optional.of(new MinistryId("m-ghost")));

        assertViolation(() -> editionBuilder().officials(plus(edition().officials(), ghost)).build(), EDITION_TYPE,
                "official 'o-ghost' serves unknown ministry 'm-ghost'");
    }

    @Test
    void rejectsAParticipationOfAnUnknownMinistry() {
        Participation ghost = Participation.of(new MinistryId("m-ghost"), ParticipationRole.PARTNER);

        assertViolation(() -> editionBuilder().participations(plus(edition().participations(), ghost)).build(),
                EDITION_TYPE, "participation of unknown ministry 'm-ghost'");
    }

    @Test
    void rejectsAVenueIdTwice() {
        Venue again = venue(CICB, room(new RoomId("autre-salle")));

        assertViolation(() -> editionBuilder().venues(plus(edition().venues(), again)).build(), EDITION_TYPE,
                "venue 'cicb' appears twice");
    }

    @Test
    void rejectsARoomIdInTwoVenues() {
        List<Venue> venues = List.of(venue(CICB, room(SALLE_1), room(SALLE_2)), venue(HOTEL, room(HALL), room(SALLE_1)));

        assertViolation(() -> editionBuilder().venues(venues).build(), EDITION_TYPE,
                "room 'cicb-salle-1' appears twice");
    }

    @Test
    void rejectsAMinistryIdTwice() {
        assertViolation(() -> editionBuilder().ministries(plus(edition().ministries(), ministry(MCENMA))).build(),
                EDITION_TYPE, "ministry 'mcenma' appears twice");
    }

    @Test
    void rejectsTwoParticipationsOfOneMinistry() {
        Participation again = Participation.of(PRIMATURE, ParticipationRole.PARTNER);

        assertViolation(() -> editionBuilder().participations(plus(edition().participations(), again)).build(),
                EDITION_TYPE, "participation of ministry 'primature' appears twice");
    }

    @Test
    void rejectsAnOfficialIdTwice() {
        Official again = official(EXPERT, Optional.empty());

        assertViolation(() -> editionBuilder().officials(plus(edition().officials(), again)).build(), EDITION_TYPE,
                "official 'o-expert' appears twice");
    }

    @Test
    void rejectsASessionIdTwice() {
        Session again = session(PANEL).build();

        assertViolation(() -> editionBuilder().sessions(plus(edition().sessions(), again)).build(), EDITION_TYPE,
                "session 's-panel' appears twice");
    }

    @Test
    void anOfficialMayServeNoMinistryAndAMinistryMayHaveNoParticipation() {
        PublicEdition edition = editionBuilder()
                .ministries(plus(edition().ministries(), ministry(new MinistryId("m-observer"))))
                .build();

        assertThat(edition.official(EXPERT).orElseThrow().ministry()).isEmpty();
        assertThat(edition.official(MINISTER).orElseThrow().ministry()).contains(MCENMA);
        assertThat(edition.session(OPENING)).isPresent();
        assertThat(edition.ministries()).hasSize(3);
    }
}
