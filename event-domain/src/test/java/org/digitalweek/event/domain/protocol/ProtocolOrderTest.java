package org.digitalweek.event.domain.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.EXPERT;
import static org.digitalweek.event.domain.fixtures.Programmes.GUEST;
import static org.digitalweek.event.domain.fixtures.Programmes.MINISTER;
import static org.digitalweek.event.domain.fixtures.Programmes.presides;
import static org.digitalweek.event.domain.fixtures.Programmes.presidesOnBehalfOfPrimeMinister;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.speaker;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;

class ProtocolOrderTest {

    @Test
    void theLowestAuthoritySpeaksFirstAndThePresidingAuthorityLast() {
        Session opening = ceremony(presidesOnBehalfOfPrimeMinister(MINISTER), speaker(GUEST), speaker(EXPERT));
        PublicEdition edition = with(opening);

        List<ProtocolPlace> order = ProtocolOrder.speakingOrder(edition, opening);

        assertThat(ids(order)).containsExactly("expert", "guest", "minister");
        assertThat(order.get(2).presides()).isTrue();
        assertThat(order.get(2).precedence().rank()).isEqualTo(2);
        assertThat(order.get(2).onBehalfOf()).hasValueSatisfying(m ->
                assertThat(m.authority().resolve("fr")).isEqualTo("Premier ministre"));
        assertThat(order.get(0).precedence().isRanked()).isFalse();
    }

    @Test
    void peopleOfEqualRankKeepTheirPlannedOrder() {
        Session opening = ceremony(speaker(MINISTER), speaker(GUEST), presides(EXPERT));
        Session swapped = ceremony(speaker(GUEST), speaker(MINISTER), presides(EXPERT));

        assertThat(ids(ProtocolOrder.speakingOrder(with(opening), opening))).containsExactly("minister", "guest", "expert");
        assertThat(ids(ProtocolOrder.speakingOrder(with(swapped), swapped))).containsExactly("guest", "minister", "expert");
        assertThat(ProtocolOrder.followsProtocol(ProtocolOrder.plannedSpeakingOrder(with(swapped), swapped))).isTrue();
    }

    @Test
    void onlyThoseWhoPresideOrAddressTheAudienceSpeakEachOnce() {
        Session opening = ceremony(Participant.of(EXPERT, ParticipantRole.MODERATOR), speaker(GUEST),
                presides(MINISTER), speaker(MINISTER));

        List<ProtocolPlace> order = ProtocolOrder.speakingOrder(with(opening), opening);

        assertThat(ids(order)).containsExactly("guest", "minister");
        assertThat(order.get(1).role()).isEqualTo(ParticipantRole.PRESIDES);
    }

    @Test
    void seatingPutsThePresidingAuthorityFirstThenRankThenGuestsBeforeHosts() {
        Session opening = ceremony(speaker(EXPERT), speaker(MINISTER), speaker(GUEST),
                presidesOnBehalfOfPrimeMinister(new OfficialId("culture")));

        assertThat(ids(ProtocolOrder.seatingOrder(with(opening), opening)))
                .containsExactly("culture", "guest", "minister", "expert");
    }

    @Test
    void aPlannedOrderWithAHigherAuthorityBeforeALowerOneBreaksProtocol() {
        Session opening = ceremony(presides(MINISTER), speaker(GUEST));
        Session proper = ceremony(speaker(GUEST), presides(MINISTER));

        assertThat(ProtocolOrder.followsProtocol(ProtocolOrder.plannedSpeakingOrder(with(opening), opening))).isFalse();
        assertThat(ProtocolOrder.followsProtocol(ProtocolOrder.plannedSpeakingOrder(with(proper), proper))).isTrue();
    }

    private static Session ceremony(Participant... people) {
        return session("opening").type(SessionType.OPENING_CEREMONY).at(1, "09:00", "11:00").in("banquets")
                .with(people).build();
    }

    private static List<String> ids(List<ProtocolPlace> places) {
        return places.stream().map(p -> p.official().id().value()).toList();
    }
}
