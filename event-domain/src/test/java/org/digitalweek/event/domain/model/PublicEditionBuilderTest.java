package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.BAMAKO;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_ID;
import static org.digitalweek.event.domain.model.ModelFixtures.FIRST_DAY;
import static org.digitalweek.event.domain.model.ModelFixtures.LAST_DAY;
import static org.digitalweek.event.domain.model.ModelFixtures.MCENMA;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;
import static org.digitalweek.event.domain.model.ModelFixtures.ministry;
import static org.digitalweek.event.domain.model.ModelFixtures.series;
import static org.digitalweek.event.domain.model.ModelFixtures.theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublicEditionBuilderTest {

    private static PublicEditionBuilder required() {
        return PublicEdition.builder().id(EDITION_ID).series(series()).number(2)
                .title(LocalizedText.fr("Semaine du Numérique 2026")).theme(theme())
                .dates(new DateRange(FIRST_DAY, LAST_DAY)).zone(BAMAKO).host("Bamako", Country.MALI);
    }

    @Test
    void defaultsAreADraftAtVersionZeroWithNothingInIt() {
        PublicEdition edition = required().build();

        assertThat(edition.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(edition.version()).isZero();
        assertThat(edition.publishedAt()).isEmpty();
        assertThat(edition.provenance()).isEqualTo(Provenance.reported());
        assertThat(edition.venues()).isEmpty();
        assertThat(edition.ministries()).isEmpty();
        assertThat(edition.participations()).isEmpty();
        assertThat(edition.officials()).isEmpty();
        assertThat(edition.sessions()).isEmpty();
        assertThat(edition.programme()).isEmpty();
    }

    @Test
    void settersSetTheirPart() {
        Instant published = Instant.parse("2026-11-01T10:00:00Z");
        Provenance illustrative = Provenance.illustrative(LocalizedText.fr("Dates d'exemple"));

        PublicEdition edition = required().status(EditionStatus.PUBLISHED).version(4)
                .publishedAt(Optional.of(published)).provenance(illustrative)
                .host("Ouagadougou", Country.BURKINA_FASO).ministries(List.of(ministry(MCENMA))).build();

        assertThat(edition.number()).isEqualTo(2);
        assertThat(edition.zone()).isEqualTo(BAMAKO);
        assertThat(edition.dates()).isEqualTo(new DateRange(FIRST_DAY, LAST_DAY));
        assertThat(edition.status()).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(edition.version()).isEqualTo(4);
        assertThat(edition.publishedAt()).contains(published);
        assertThat(edition.provenance().isIllustrative()).isTrue();
        assertThat(edition.hostCity()).contains("Ouagadougou");
        assertThat(edition.hostCountry()).contains(Country.BURKINA_FASO);
        assertThat(edition.ministries()).containsExactly(ministry(MCENMA));
    }

    @Test
    void buildWithoutARequiredPartThrowsNullPointer() {
        assertThatNullPointerException().isThrownBy(() -> PublicEdition.builder().build())
                .withMessageContaining("'id'");
    }

    @Test
    void toBuilderRoundTrips() {
        PublicEdition edition = edition();

        assertThat(edition.toBuilder().build()).isEqualTo(edition);
    }

    @Test
    void changingACopyLeavesTheOriginalAlone() {
        PublicEdition edition = edition();

        PublicEdition copy = edition.toBuilder().version(9).sessions(List.of()).build();

        assertThat(copy.version()).isEqualTo(9);
        assertThat(copy.sessions()).isEmpty();
        assertThat(edition.version()).isZero();
        assertThat(edition.sessions()).hasSize(2);
    }

    @Test
    void listsGivenToTheBuilderAreCopied() {
        List<Ministry> ministries = new ArrayList<>(List.of(ministry(MCENMA)));
        PublicEditionBuilder builder = required().ministries(ministries);
        ministries.add(ministry(new MinistryId("m-late")));

        PublicEdition edition = builder.build();
        ministries.clear();

        assertThat(edition.ministries()).containsExactly(ministry(MCENMA));
    }
}
