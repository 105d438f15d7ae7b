package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.CULTURE;
import static org.digitalweek.event.domain.fixtures.Programmes.EXPERT;
import static org.digitalweek.event.domain.fixtures.Programmes.GUEST;
import static org.digitalweek.event.domain.fixtures.Programmes.MINISTER;
import static org.digitalweek.event.domain.fixtures.Programmes.presides;
import static org.digitalweek.event.domain.fixtures.Programmes.presidesOnBehalfOfPrimeMinister;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.speaker;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionType;

class ProtocolRulesTest {

    private final ProgrammeChecker checker = new ProgrammeChecker();

    @Test
    void aPresidingOfficialWhoseMinistryTakesNoPartIsAWarning() {
        PublicEdition edition = with(session("gala").at(2, "19:00", "21:00").in("banquets").with(presides(CULTURE))
                .build(), session("panel").at(2, "09:00", "10:00").in("salle-2").with(presides(MINISTER)).build(),
                session("talk").at(2, "11:00", "12:00").in("salle-2").with(presides(EXPERT)).build());

        assertThat(checker.check(edition).of(Rule.PRESIDING_MINISTRY_ABSENT)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.people()).containsExactly(CULTURE);
            assertThat(f.message("en")).isEqualTo("Nom culture (culture) presides \"Session gala\" "
                    + "(gala, 2026-01-30 19:00–21:00), but their ministry (culture) takes no part in the edition.");
            assertThat(f.message("fr")).contains("mais son ministère (culture) ne participe pas à l'édition.");
        });
    }

    @Test
    void aCeremonyWhoseHostSpeaksFirstBreaksProtocol() {
        PublicEdition edition = with(session("opening").type(SessionType.OPENING_CEREMONY).at(1, "09:00", "11:00")
                .in("banquets").with(presidesOnBehalfOfPrimeMinister(MINISTER), speaker(GUEST), speaker(EXPERT))
                .build());

        assertThat(checker.check(edition).of(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.people()).containsExactly(MINISTER, GUEST, EXPERT);
            assertThat(f.message("en")).endsWith("breaks protocol: planned minister, guest, expert; "
                    + "protocol wants expert, guest, minister.");
            assertThat(f.message("fr")).endsWith("est contraire au protocole : prévu minister, guest, expert ; "
                    + "le protocole veut expert, guest, minister.");
        });
    }

    @Test
    void aCeremonyInProtocolOrderPassesAndOtherSessionsAreNotOrdered() {
        PublicEdition edition = with(session("opening").type(SessionType.OPENING_CEREMONY).at(1, "09:00", "11:00")
                        .in("banquets").with(speaker(EXPERT), speaker(GUEST), presidesOnBehalfOfPrimeMinister(MINISTER))
                        .build(),
                session("panel").at(2, "09:00", "11:00").in("banquets")
                        .with(presides(MINISTER), speaker(EXPERT)).build());

        assertThat(checker.check(edition).isClean()).isTrue();
    }

    @Test
    void theSpeakingOrderRuleCanBeMadeAnErrorOrSwitchedOff() {
        PublicEdition edition = with(session("closing").type(SessionType.CLOSING_CEREMONY).at(7, "16:00", "17:00")
                .in("banquets").with(presides(MINISTER), speaker(GUEST)).build());

        assertThat(new ProgrammeChecker(RuleSettings.defaults().with(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL,
                Severity.ERROR)).check(edition).hasErrors()).isTrue();
        assertThat(new ProgrammeChecker(RuleSettings.defaults().without(Rule.SPEAKING_ORDER_BREAKS_PROTOCOL))
                .check(edition).isClean()).isTrue();
    }
}
