package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.PublicEdition;

class CheckReportTest {

    @Test
    void findingsComeMostSeriousFirst() {
        PublicEdition edition = with(session("floating").at(1, "08:00", "09:00").build(),
                session("full").at(1, "09:00", "10:00").in("salle-2").expecting(80).build(),
                session("a").at(1, "09:30", "11:00").in("salle-2").build());

        CheckReport report = new ProgrammeChecker().check(edition);

        assertThat(report.findings()).extracting(Finding::rule)
                .containsExactly(Rule.ROOM_DOUBLE_BOOKED, Rule.OVER_CAPACITY, Rule.ROOM_NOT_CHOSEN);
        assertThat(report.withSeverity(Severity.WARNING)).hasSize(1);
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void everyRuleIsOnByDefaultAtItsOwnSeverity() {
        RuleSettings defaults = RuleSettings.defaults();

        for (Rule rule : Rule.values()) {
            assertThat(defaults.severityOf(rule)).contains(rule.defaultSeverity());
        }
        assertThat(defaults.travelBuffer()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Rule.ROOM_DOUBLE_BOOKED.code()).isEqualTo("room-double-booked");
        assertThat(Rule.OVER_CAPACITY.displayName("fr")).isEqualTo("capacité de la salle dépassée");
        assertThat(Rule.OVER_CAPACITY.displayName("en")).isEqualTo("room over capacity");
        for (Rule rule : Rule.values()) {
            assertThat(Rule.byCode(rule.code())).contains(rule);
        }
        assertThat(Rule.byCode("ROOM_DOUBLE_BOOKED")).isEmpty();
        assertThat(Severity.WARNING.displayName("fr-ML")).isEqualTo("avertissement");
        assertThat(Severity.WARNING.displayName("en")).isEqualTo("warning");
    }

    @Test
    void settingsAreCopiedAndCheckTheirBuffer() {
        RuleSettings none = new RuleSettings(Map.of(), Duration.ZERO);
        RuleSettings one = none.with(Rule.OVER_CAPACITY, Severity.INFO);

        assertThat(none.severityOf(Rule.OVER_CAPACITY)).isEmpty();
        assertThat(one.severityOf(Rule.OVER_CAPACITY)).contains(Severity.INFO);
        assertThat(one.without(Rule.OVER_CAPACITY)).isEqualTo(none);
        assertThatThrownBy(() -> none.withTravelBuffer(Duration.ofMinutes(-1)))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("between 0 and 24 hours");
        assertThatThrownBy(() -> none.withTravelBuffer(Duration.ofHours(25)))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("PT25H");
        assertThat(none.withTravelBuffer(Duration.ofDays(1)).travelBuffer()).isEqualTo(RuleSettings.MAX_TRAVEL_BUFFER);
    }
}
