package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.DAY_1;
import static org.digitalweek.event.domain.fixtures.Programmes.LAST_DAY;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.TimeSlot;

class PlacementRulesTest {

    private final ProgrammeChecker checker = new ProgrammeChecker();

    @Test
    void aSessionBeforeTheFirstDayOrAfterTheLastIsAnError() {
        PublicEdition edition = with(
                session("eve").slot(new TimeSlot(DAY_1.minusDays(1).atTime(18, 0), DAY_1.minusDays(1).atTime(20, 0)))
                        .in("banquets").build(),
                session("late").slot(new TimeSlot(LAST_DAY.atTime(22, 0), LAST_DAY.plusDays(1).atTime(1, 0)))
                        .in("banquets").build(),
                session("last-night").slot(new TimeSlot(LAST_DAY.atTime(20, 0), LAST_DAY.plusDays(1).atStartOfDay()))
                        .in("salle-2").build());

        assertThat(checker.check(edition).of(Rule.OUTSIDE_EDITION_DATES)).extracting(f -> f.sessions().get(0).value())
                .containsExactly("eve", "late");
        assertThat(checker.check(edition).of(Rule.OUTSIDE_EDITION_DATES)).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message("fr")).isEqualTo("La session « Session eve » (eve, 2026-01-28 18:00–20:00) sort "
                    + "des dates de l'édition, du 2026-01-29 au 2026-02-04.");
            assertThat(f.message("en")).isEqualTo("Session \"Session eve\" (eve, 2026-01-28 18:00–20:00) falls "
                    + "outside the edition's dates, 2026-01-29 to 2026-02-04.");
        });
    }

    @Test
    void moreExpectedThanTheRoomSeatsIsAWarningThatCanBeRaised() {
        PublicEdition edition = with(session("full").at(2, "09:00", "10:00").in("salle-2").expecting(51).build(),
                session("fits").at(2, "09:00", "10:00").in("banquets").expecting(300).build(),
                session("unknown").at(2, "11:00", "12:00").in("amphi").build());

        assertThat(checker.check(edition).of(Rule.OVER_CAPACITY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.sessions()).extracting(Object::toString).containsExactly("full");
            assertThat(f.message("en")).endsWith("expects 51 people, but room \"Room salle-2\" (salle-2) seats only 50.");
            assertThat(f.message("fr")).endsWith("attend 51 personnes, mais la salle « Salle salle-2 » (salle-2) "
                    + "n'en accueille que 50.");
        });
        CheckReport strict = new ProgrammeChecker(RuleSettings.defaults().with(Rule.OVER_CAPACITY, Severity.ERROR))
                .check(edition);
        assertThat(strict.hasErrors()).isTrue();
        assertThat(strict.withSeverity(Severity.ERROR)).extracting(Finding::rule).containsExactly(Rule.OVER_CAPACITY);
    }

    @Test
    void aSessionWithoutARoomIsInformation() {
        PublicEdition edition = with(session("floating").at(3, "09:00", "10:00").build());

        CheckReport report = checker.check(edition);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROOM_NOT_CHOSEN);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(report.hasErrors()).isFalse();
        assertThat(new ProgrammeChecker(RuleSettings.defaults().without(Rule.ROOM_NOT_CHOSEN)).check(edition)
                .isClean()).isTrue();
    }

    @Test
    void cancelledSessionsAreNotPlaced() {
        PublicEdition edition = with(session("gone").at(9, "09:00", "10:00").expecting(900).cancelled().build());

        assertThat(checker.check(edition).isClean()).isTrue();
    }
}
