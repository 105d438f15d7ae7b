package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.CloneEditionCommand;
import org.digitalweek.event.domain.port.in.SeriesStatisticsQuery;
import org.digitalweek.event.domain.reuse.SeriesStatistics;

class ReuseServiceTest {

    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final ReuseService reuse = new ReuseService(store, Validators.inputValidator());

    @BeforeEach
    void planTheWeek() {
        store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);
    }

    @Test
    void aCloneIsStoredAsTheNextDraftOfTheSeriesOnTheSameWeekday() {
        LocalDate aboutAYearLater = EditionDrafts.FIRST_DAY.plusYears(1);

        PublicEdition clone = reuse.cloneEdition(CloneEditionCommand.nextEdition(ID, "test-week-2028", aboutAYearLater))
                .edition();

        assertThat(clone.version()).isEqualTo(1);
        assertThat(store.load(new EditionId("test-week-2028")).orElseThrow().publicView()).isEqualTo(clone);
        assertThat(clone.number()).isEqualTo(3);
        assertThat(clone.dates().start().getDayOfWeek())
                .isEqualTo(EditionDrafts.FIRST_DAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(clone.sessions()).hasSize(4)
                .allSatisfy(s -> assertThat(s.origin()).hasValueSatisfying(o ->
                        assertThat(o.edition().value()).isEqualTo(ID)));
    }

    @Test
    void aSisterEditionTakesItsHostAndTitleFromTheCommand() {
        PublicEdition clone = reuse.cloneEdition(new CloneEditionCommand(ID, "sister-bamako", LocalDate.of(2027, 5, 3), 1,
                Map.of("fr", "Semaine sœur"), "ML", "Bamako", "Africa/Bamako")).edition();

        assertThat(clone.hostCountry()).contains(Country.MALI);
        assertThat(clone.hostCity()).contains("Bamako");
        assertThat(clone.zone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(clone.title().resolve("fr")).isEqualTo("Semaine sœur");
        assertThat(clone.number()).isEqualTo(1);
    }

    @Test
    void aCloneNeverReplacesAnEditionAndBadInputIsNamed() {
        assertThatThrownBy(() -> reuse.cloneEdition(CloneEditionCommand.nextEdition(ID, ID, LocalDate.of(2028, 3, 1))))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> reuse.cloneEdition(CloneEditionCommand.nextEdition("nope", "x", LocalDate.now())))
                .isInstanceOf(EditionNotFoundException.class);
        assertThatThrownBy(() -> reuse.cloneEdition(new CloneEditionCommand(ID, "x", LocalDate.of(2028, 3, 1), 0,
                null, "XX", " ", "Mars/Olympus")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("hostCity", "hostCountry", "number", "timeZone"));
        assertThat(store.list(org.digitalweek.event.domain.model.EditionQuery.ALL)).hasSize(1);
    }

    @Test
    void theStatisticsOfASeriesCoverItsStoredEditions() {
        reuse.cloneEdition(CloneEditionCommand.nextEdition(ID, "test-week-2028", LocalDate.of(2028, 3, 1)));

        SeriesStatistics stats = reuse.statistics(new SeriesStatisticsQuery("test-week"));

        assertThat(stats.editions()).extracting(e -> e.edition().value()).containsExactly(ID, "test-week-2028");
        assertThat(stats.editions().get(0).sessionsByType()).containsEntry(SessionType.OPENING_CEREMONY, 1);
        assertThat(stats.editions().get(0).speakers()).isEqualTo(2);
        assertThat(stats.editions().get(1).speakers()).isZero();
        assertThat(stats.totalSessionsByType()).containsEntry(SessionType.PANEL, 2);
        assertThat(reuse.statistics(new SeriesStatisticsQuery("other")).editions()).isEmpty();
    }
}
