package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.EXPERT;
import static org.digitalweek.event.domain.fixtures.Programmes.GUEST;
import static org.digitalweek.event.domain.fixtures.Programmes.MINISTER;
import static org.digitalweek.event.domain.fixtures.Programmes.presides;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.speaker;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;

class PersonDoubleBookingTest {

    private final ProgrammeChecker checker = new ProgrammeChecker();

    @Test
    void aPersonInTwoSessionsAtOnceIsAnErrorWhateverTheirRoles() {
        PublicEdition edition = with(session("opening").at(1, "09:00", "11:00").in("banquets")
                        .with(presides(MINISTER)).build(),
                session("panel").at(1, "10:00", "12:00").in("salle-2")
                        .with(Participant.of(MINISTER, ParticipantRole.PANELLIST)).build());

        assertThat(checker.check(edition).of(Rule.PERSON_DOUBLE_BOOKED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.people()).containsExactly(MINISTER);
            assertThat(f.sessions()).extracting(Object::toString).containsExactly("opening", "panel");
            assertThat(f.rooms()).extracting(Object::toString).containsExactly("banquets", "salle-2");
            assertThat(f.message("fr")).startsWith("Nom minister (minister) est attendu(e) à deux sessions à la fois");
            assertThat(f.message("en")).contains("is expected at two sessions at once", "10:00–12:00");
        });
    }

    @Test
    void twoRolesInOneSessionAreNotADoubleBooking() {
        PublicEdition edition = with(session("opening").at(1, "09:00", "11:00").in("banquets")
                .with(presides(MINISTER), speaker(MINISTER), speaker(GUEST)).build());

        assertThat(checker.check(edition).findings()).isEmpty();
    }

    @Test
    void tooLittleTimeBetweenTwoVenuesIsAWarning() {
        PublicEdition edition = with(session("opening").at(1, "09:00", "11:00").in("banquets")
                        .with(speaker(GUEST)).build(),
                session("lecture").at(1, "11:15", "12:00").in("amphi").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.people()).containsExactly(GUEST);
            assertThat(f.message("en")).contains("has only 15 min to change venues", "30 are needed");
            assertThat(f.message("fr")).contains("n'a que 15 min pour changer de lieu", "il en faut 30");
        });
        assertThat(checker.check(edition).of(Rule.PERSON_DOUBLE_BOOKED)).isEmpty();
    }

    @Test
    void enoughTimeOrTheSameVenueNeedsNoWarning() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").with(speaker(GUEST)).build(),
                session("b").at(1, "11:00", "12:00").in("salle-2").with(speaker(GUEST)).build(),
                session("c").at(1, "12:30", "13:00").in("amphi").with(speaker(GUEST)).build(),
                session("d").at(1, "13:10", "14:00").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).isEmpty();
    }

    @Test
    void aPersonInSeveralOverlappingSessionsIsOneFindingCountingThem() {
        PublicEdition edition = with(session("a").at(1, "09:00", "10:00").in("banquets").with(speaker(GUEST)).build(),
                session("b").at(1, "09:30", "11:00").in("salle-2").with(speaker(GUEST)).build(),
                session("c").at(1, "10:30", "12:00").in("amphi").with(speaker(GUEST)).build(),
                session("d").at(1, "10:45", "11:15").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).of(Rule.PERSON_DOUBLE_BOOKED)).singleElement().satisfies(f -> {
            assertThat(f.sessions()).extracting(Object::toString).containsExactly("a", "b", "c", "d");
            assertThat(f.rooms()).extracting(Object::toString).containsExactly("banquets", "salle-2", "amphi");
            assertThat(f.message("fr")).startsWith("Nom guest (guest) est attendu(e) à 4 sessions qui se chevauchent "
                    + "sur 2026-01-29 09:00–12:00 : « Session a »").endsWith(" et 1 autre.");
            assertThat(f.message("en")).contains("is expected at 4 overlapping sessions over 2026-01-29 09:00–12:00")
                    .endsWith(" and 1 more.");
        });
    }

    @Test
    void aSessionReachedTooSoonIsOneJourneyFromTheLastSessionToEndElsewhere() {
        PublicEdition edition = with(session("early").at(1, "09:00", "10:30").in("amphi").with(speaker(GUEST)).build(),
                session("late").at(1, "09:30", "10:50").in("amphi").with(speaker(GUEST)).build(),
                session("here").at(1, "10:00", "10:55").in("banquets").with(speaker(GUEST)).build(),
                session("next").at(1, "11:00", "12:00").in("salle-2").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).singleElement().satisfies(f -> {
            assertThat(f.sessions()).extracting(Object::toString).containsExactly("late", "next");
            assertThat(f.message("en")).contains("has only 10 min to change venues");
        });
    }

    @Test
    void theTravelBufferIsConfigurable() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").with(speaker(EXPERT)).build(),
                session("b").at(1, "11:45", "12:30").in("amphi").with(speaker(EXPERT)).build());

        assertThat(checker.check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).isEmpty();
        RuleSettings hour = RuleSettings.defaults().withTravelBuffer(Duration.ofHours(1));
        assertThat(new ProgrammeChecker(hour).check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).hasSize(1);
        RuleSettings none = RuleSettings.defaults().withTravelBuffer(Duration.ZERO);
        PublicEdition backToBack = with(session("a").at(1, "09:00", "11:00").in("banquets").with(speaker(EXPERT))
                .build(), session("b").at(1, "11:00", "12:30").in("amphi").with(speaker(EXPERT)).build());
        assertThat(new ProgrammeChecker(none).check(backToBack).findings()).isEmpty();
    }

    @Test
    void aJourneyCanBeRaisedToAnErrorAndADoubleBookingSwitchedOff() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").with(speaker(GUEST)).build(),
                session("b").at(1, "10:00", "12:00").in("salle-2").with(speaker(GUEST)).build(),
                session("c").at(1, "12:10", "13:00").in("amphi").with(speaker(GUEST)).build());
        RuleSettings settings = RuleSettings.defaults().without(Rule.PERSON_DOUBLE_BOOKED)
                .with(Rule.TRAVEL_TIME_TOO_SHORT, Severity.ERROR);

        CheckReport report = new ProgrammeChecker(settings).check(edition);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.TRAVEL_TIME_TOO_SHORT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.sessions()).extracting(Object::toString).containsExactly("b", "c");
        });
    }

    @Test
    void cancelledSessionsBookNobody() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").with(speaker(GUEST))
                .cancelled().build(), session("b").at(1, "10:00", "12:00").in("amphi").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).findings()).isEmpty();
    }
}
