package org.digitalweek.event.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;

/** The pairwise peer does the checker's work, or the comparison would mean nothing. */
class PairwiseCheckTest {

    @Test
    void findsWhatTheSweepFindsInAFederatedWeek() {
        PublicEdition week = Programmes.federated(2_000);

        PairwiseCheck.Counts counts = PairwiseCheck.check(week, Duration.ofMinutes(30));
        CheckReport report = new ProgrammeChecker().check(week);

        assertThat(counts.personDoubleBookings()).isPositive()
                .isEqualTo(report.of(Rule.PERSON_DOUBLE_BOOKED).size());
        assertThat(counts.shortJourneys()).isPositive().isEqualTo(report.of(Rule.TRAVEL_TIME_TOO_SHORT).size());
        assertThat(counts.roomDoubleBookings()).isZero().isEqualTo(report.of(Rule.ROOM_DOUBLE_BOOKED).size());
    }

    @Test
    void findsARoomBookedTwiceAsTheSweepDoes() {
        PublicEdition week = Programmes.federated(1_000);
        List<Session> inRooms = week.programme().stream()
                .filter(s -> !s.isCancelled() && s.room().flatMap(week::room).filter(r -> !r.sharedSpace()).isPresent())
                .toList();
        Session first = inRooms.get(10);
        Session other = inRooms.stream().filter(s -> !s.room().equals(first.room())).findFirst().orElseThrow();
        Session moved = new Session(other.id(), other.type(), other.title(), other.summary(), other.track(),
                first.slot(), first.room(), other.participants(), other.languages(), other.status(),
                other.expectedAttendance(), other.statements(), other.provenance(), false, other.origin());
        PublicEdition clash = week.withSession(moved);

        assertThat(PairwiseCheck.check(clash, Duration.ofMinutes(30)).roomDoubleBookings())
                .isEqualTo(new ProgrammeChecker().check(clash).of(Rule.ROOM_DOUBLE_BOOKED).size())
                .isEqualTo(1);
    }
}
