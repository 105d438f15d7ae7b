package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.digitalweek.event.domain.reuse.SampleEditions.EXHIBITION;
import static org.digitalweek.event.domain.reuse.SampleEditions.OPENING;
import static org.digitalweek.event.domain.reuse.SampleEditions.SNM;
import static org.digitalweek.event.domain.reuse.SampleEditions.source;

import java.time.LocalDate;
import java.util.List;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.SessionType;
import org.junit.jupiter.api.Test;

/**
 * Three editions of the series: edition 2 (an opening and an exhibition; the Malian minister, the
 * Burkinabè minister and the expert speak), edition 3 (the sample) and edition 4 (a fresh clone of
 * 3, with no speakers yet and its cancelled workshop left out).
 */
class SeriesStatisticsTest {

    /** Given out of order. */
    private static final SeriesStatistics SERIES = SeriesStatistics.of(SNM, List.of(fourth(), second(), third()));

    private static PublicEdition second() {
        PublicEdition full = SampleEditions.publicView(new EditionId("snm-2025"), 2, LocalDate.of(2025, 1, 30));
        return full.toBuilder().sessions(List.of(full.session(OPENING).orElseThrow(),
                full.session(EXHIBITION).orElseThrow())).build();
    }

    private static PublicEdition third() {
        return source().publicView();
    }

    private static PublicEdition fourth() {
        return EditionCloner.cloneEdition(source(), CloneRequest.of(new EditionId("snm-2027"),
                LocalDate.of(2027, 1, 28))).publicView();
    }

    @Test
    void listsTheEditionsByNumber() {
        assertThat(SERIES.series()).isEqualTo(SNM);
        assertThat(SERIES.editions()).extracting(EditionStatistics::number).containsExactly(2, 3, 4);
        assertThat(SERIES.editions()).extracting(e -> e.edition().value())
                .containsExactly("snm-2025", "snm-2026", "snm-2027");
    }

    @Test
    void keepsEachEditionsFigures() {
        assertThat(SERIES.editions().get(0)).isEqualTo(EditionStatistics.of(second()));
        assertThat(SERIES.editions().get(1)).isEqualTo(EditionStatistics.of(third()));
    }

    @Test
    void addsUpSessionsPerType() {
        assertThat(SERIES.totalSessionsByType()).containsExactly(entry(SessionType.OPENING_CEREMONY, 3),
                entry(SessionType.PANEL, 2), entry(SessionType.EXHIBITION, 3));
    }

    @Test
    void addsUpEachEditionsDistinctSpeakers() {
        // The Malian minister speaks at editions 2 and 3: counted once in each.
        assertThat(SERIES.totalSpeakersByCountry())
                .containsExactly(entry(Country.BURKINA_FASO, 2), entry(Country.MALI, 3));
        assertThat(SERIES.totalSpeakersWithoutCountry()).isEqualTo(2);
    }

    @Test
    void addsUpCancelledSessions() {
        assertThat(SERIES.totalCancelled()).isEqualTo(1);
    }

    @Test
    void refusesAnEditionOfAnotherSeries() {
        Series burkina = new Series(new SeriesId("snb"), Country.BURKINA_FASO,
                LocalizedText.fr("Semaine du Numérique"));
        PublicEdition foreign = second().toBuilder().series(burkina).build();

        assertThatThrownBy(() -> SeriesStatistics.of(SNM, List.of(third(), foreign)))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessage("SeriesStatistics: edition 'snm-2025' belongs to series 'snb', not 'snm'");
    }

    @Test
    void noEditionsGiveEmptyFigures() {
        SeriesStatistics empty = SeriesStatistics.of(SNM, List.of());

        assertThat(empty.editions()).isEmpty();
        assertThat(empty.totalSessionsByType()).isEmpty();
        assertThat(empty.totalSpeakersByCountry()).isEmpty();
        assertThat(empty.totalSpeakersWithoutCountry()).isZero();
        assertThat(empty.totalCancelled()).isZero();
    }

    @Test
    void sisterEditionsOfOneNumberAreOrderedByFirstDay() {
        PublicEdition early = second();
        PublicEdition late = early.toBuilder().id(new EditionId("snm-2025-niamey"))
                .dates(new DateRange(early.dates().start().plusDays(35), early.dates().end().plusDays(35))).build();

        SeriesStatistics series = SeriesStatistics.of(SNM, List.of(late, early));

        assertThat(series.editions()).extracting(e -> e.edition().value())
                .containsExactly("snm-2025", "snm-2025-niamey");
    }
}
