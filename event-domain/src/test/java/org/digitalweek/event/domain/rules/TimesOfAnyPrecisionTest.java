package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.GUEST;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.speaker;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * The checker compares times as numbers: whole seconds for the programmes people write, ranks where
 * a time has a fraction of a second or the times span generations. Either way, times compare exactly
 * as they are.
 */
class TimesOfAnyPrecisionTest {

    private final ProgrammeChecker checker = new ProgrammeChecker();

    @Test
    void aQuarterOfASecondOfOverlapIsADoubleBookingAndTouchingEndsAreNot() {
        PublicEdition edition = with(session("a").at(1, "09:00", "10:00:00.5").in("banquets").build(),
                session("b").at(1, "10:00:00.25", "11:00").in("banquets").build(),
                session("c").at(1, "11:00", "12:00").in("banquets").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).extracting(f -> f.sessions().toString())
                .containsExactly("[a, b]");
    }

    @Test
    void aBufferWithSecondsIsHonouredToTheSecond() {
        PublicEdition edition = with(session("opening").at(1, "09:00", "11:00").in("banquets").with(speaker(GUEST)).build(),
                session("lecture").at(1, "11:30", "12:00").in("amphi").with(speaker(GUEST)).build());

        assertThat(new ProgrammeChecker(RuleSettings.defaults().withTravelBuffer(Duration.ofMinutes(30)))
                .check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).isEmpty();
        assertThat(new ProgrammeChecker(RuleSettings.defaults().withTravelBuffer(Duration.ofMinutes(30).plusSeconds(1)))
                .check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).singleElement()
                .satisfies(f -> assertThat(f.message("en")).contains("has only 30 min to change venues"));
        assertThat(new ProgrammeChecker(RuleSettings.defaults().withTravelBuffer(Duration.ofMinutes(30).plusNanos(1)))
                .check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).hasSize(1);
    }

    @Test
    void sessionsACenturyApartAreCheckedAsCloseOnes() {
        LocalDateTime longAgo = LocalDateTime.of(1926, 1, 29, 9, 0);
        PublicEdition edition = with(session("archive").slot(new TimeSlot(longAgo, longAgo.plusHours(2))).in("amphi").build(),
                session("a").at(1, "09:00", "11:00").in("amphi").build(),
                session("b").at(1, "10:00", "12:00").in("amphi").build());

        CheckReport report = checker.check(edition);

        assertThat(report.of(Rule.ROOM_DOUBLE_BOOKED)).extracting(f -> f.sessions().toString())
                .containsExactly("[a, b]");
        assertThat(report.of(Rule.OUTSIDE_EDITION_DATES)).extracting(f -> f.sessions().toString())
                .containsExactly("[archive]");
    }

    @Test
    void aSessionThatEndsAtTheLastMomentThereIsNeedsNoJourneyBeyondIt() {
        LocalDateTime last = LocalDateTime.MAX;
        PublicEdition edition = with(session("a").at(1, "09:00", "10:00").in("banquets").with(speaker(GUEST)).build(),
                session("b").at(1, "10:10", "11:00").in("amphi").with(speaker(GUEST)).build(),
                session("end").slot(new TimeSlot(last.minusHours(1), last)).in("banquets").with(speaker(GUEST)).build());

        assertThat(checker.check(edition).of(Rule.TRAVEL_TIME_TOO_SHORT)).extracting(f -> f.sessions().toString())
                .containsExactly("[a, b]");
    }
}
