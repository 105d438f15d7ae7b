package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.digitalweek.event.domain.reuse.SampleEditions.AGETIC;
import static org.digitalweek.event.domain.reuse.SampleEditions.FIRST_DAY;
import static org.digitalweek.event.domain.reuse.SampleEditions.GOUVERNANCE;
import static org.digitalweek.event.domain.reuse.SampleEditions.IA;
import static org.digitalweek.event.domain.reuse.SampleEditions.MCENMA;
import static org.digitalweek.event.domain.reuse.SampleEditions.MTD;
import static org.digitalweek.event.domain.reuse.SampleEditions.OPENING;
import static org.digitalweek.event.domain.reuse.SampleEditions.PRIMATURE;
import static org.digitalweek.event.domain.reuse.SampleEditions.SNM_2026;
import static org.digitalweek.event.domain.reuse.SampleEditions.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.TrackId;
import org.junit.jupiter.api.Test;

/** The figures of the sample edition; its make-up is described on {@link SampleEditions}. */
class EditionStatisticsTest {

    private static final EditionStatistics SAMPLE = EditionStatistics.of(source().publicView());

    @Test
    void namesTheEdition() {
        assertThat(SAMPLE.edition()).isEqualTo(SNM_2026);
        assertThat(SAMPLE.number()).isEqualTo(3);
        assertThat(SAMPLE.firstDay()).isEqualTo(FIRST_DAY);
    }

    @Test
    void countsSessionsThatTakePlacePerTypeAndTrack() {
        assertThat(SAMPLE.sessionsByType()).containsExactly(entry(SessionType.OPENING_CEREMONY, 1),
                entry(SessionType.PANEL, 1), entry(SessionType.EXHIBITION, 1));
        assertThat(SAMPLE.sessionsByTrack()).containsExactly(entry(GOUVERNANCE, 1), entry(IA, 1));
        assertThat(SAMPLE.sessionsWithoutTrack()).isEqualTo(1);
    }

    @Test
    void countsTheCancelledWorkshopOnlyAsCancelled() {
        assertThat(SAMPLE.cancelledSessions()).isEqualTo(1);
        assertThat(SAMPLE.sessionsByType()).doesNotContainKey(SessionType.WORKSHOP);
        assertThat(SAMPLE.speakersByCountry()).doesNotContainKey(Country.NIGER);
    }

    @Test
    void listsTheMinistriesOfEachRoleInIdOrder() {
        assertThat(SAMPLE.ministriesByRole()).containsExactly(
                entry(ParticipationRole.HOST, List.of(MCENMA)),
                entry(ParticipationRole.ORGANISER, List.of(AGETIC, MCENMA)),
                entry(ParticipationRole.PATRON, List.of(PRIMATURE)),
                entry(ParticipationRole.GUEST_DELEGATION, List.of(MTD)),
                entry(ParticipationRole.PARTNER, List.of(AGETIC)));
    }

    @Test
    void countsDistinctSpeakersPerCountryOfTheirMinistry() {
        // Mali: the minister (presides and speaks: once) and the agency's director; Burkina Faso: its minister.
        assertThat(SAMPLE.speakersByCountry()).containsExactly(entry(Country.BURKINA_FASO, 1), entry(Country.MALI, 2));
        // The expert, who serves no ministry; the exhibitor is no speaker.
        assertThat(SAMPLE.speakersWithoutCountry()).isEqualTo(1);
        assertThat(SAMPLE.speakers()).isEqualTo(4);
    }

    @Test
    void aSpeakerWithTwoRolesInOneSessionCountsOnce() {
        PublicEdition openingOnly = source().publicView().toBuilder()
                .sessions(List.of(source().publicView().session(OPENING).orElseThrow())).build();

        EditionStatistics figures = EditionStatistics.of(openingOnly);

        assertThat(figures.speakersByCountry()).containsExactly(entry(Country.BURKINA_FASO, 1), entry(Country.MALI, 1));
        assertThat(figures.speakers()).isEqualTo(3);
    }

    @Test
    void aFreshCloneHasSessionsButNoSpeakersYet() {
        PublicEdition clone = EditionCloner.cloneEdition(source(),
                CloneRequest.of(new EditionId("snm-2027"), LocalDate.of(2027, 1, 28))).publicView();

        EditionStatistics figures = EditionStatistics.of(clone);

        assertThat(figures.sessionsByType()).isEqualTo(SAMPLE.sessionsByType());
        assertThat(figures.speakersByCountry()).isEmpty();
        assertThat(figures.speakers()).isZero();
        assertThat(figures.cancelledSessions()).isZero();
    }

    @Test
    void mapsCannotBeChanged() {
        assertThatThrownBy(() -> SAMPLE.sessionsByType().put(SessionType.KEYNOTE, 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SAMPLE.ministriesByRole().get(ParticipationRole.ORGANISER).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SAMPLE.speakersByCountry().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sortsWhatItIsGiven() {
        EditionStatistics figures = figures(Map.of(new TrackId("z"), 1, new TrackId("a"), 2),
                Map.of(ParticipationRole.PARTNER, List.of(MTD, AGETIC), ParticipationRole.HOST, List.of(MCENMA)),
                Map.of(Country.NIGER, 1, Country.BURKINA_FASO, 1, Country.MALI, 1));

        assertThat(figures.sessionsByTrack().keySet()).containsExactly(new TrackId("a"), new TrackId("z"));
        assertThat(figures.ministriesByRole()).containsExactly(entry(ParticipationRole.HOST, List.of(MCENMA)),
                entry(ParticipationRole.PARTNER, List.of(AGETIC, MTD)));
        assertThat(figures.speakersByCountry().keySet())
                .containsExactly(Country.BURKINA_FASO, Country.MALI, Country.NIGER);
    }

    @Test
    void refusesCountsOfNothingAndNegativeCounts() {
        assertThatThrownBy(() -> figures(Map.of(IA, 0), Map.of(), Map.of()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("sessionsByTrack of 'ia'");
        assertThatThrownBy(() -> figures(Map.of(), Map.of(ParticipationRole.HOST, List.of()), Map.of()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("ministriesByRole of 'HOST'");
        assertThatThrownBy(() -> figures(Map.of(), Map.of(ParticipationRole.HOST, List.of(MTD, MTD)), Map.of()))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("each once");
        assertThatThrownBy(() -> new EditionStatistics(SNM_2026, 3, FIRST_DAY, Map.of(), Map.of(), -1, Map.of(),
                Map.of(), 0, 0)).isInstanceOf(InvariantViolationException.class)
                .hasMessage("EditionStatistics: sessionsWithoutTrack must not be negative");
        assertThatThrownBy(() -> new EditionStatistics(SNM_2026, 0, FIRST_DAY, Map.of(), Map.of(), 0, Map.of(),
                Map.of(), 0, 0)).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void refusesMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> EditionStatistics.of(null))
                .withMessageContaining("'edition'");
        assertThatNullPointerException().isThrownBy(() -> new EditionStatistics(SNM_2026, 3, FIRST_DAY, null,
                Map.of(), 0, Map.of(), Map.of(), 0, 0)).withMessageContaining("'sessionsByType'");
    }

    private static EditionStatistics figures(Map<TrackId, Integer> byTrack,
                                             Map<ParticipationRole, List<MinistryId>> byRole,
                                             Map<Country, Integer> byCountry) {
        return new EditionStatistics(SNM_2026, 3, FIRST_DAY, Map.of(), byTrack, 0, byRole, byCountry, 0, 0);
    }
}
