package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.SERIES_ID;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final LocalizedText NAME = LocalizedText.fr("Semaine du Numérique au Mali");

    @Test
    void keepsItsParts() {
        Series series = new Series(SERIES_ID, Country.MALI, NAME);

        assertThat(series.id()).isEqualTo(SERIES_ID);
        assertThat(series.hostCountry()).contains(Country.MALI);
        assertThat(series.name()).isEqualTo(NAME);
    }

    @Test
    void needsAName() {
        assertViolation(() -> new Series(SERIES_ID, Country.MALI, LocalizedText.EMPTY), "Series",
                "name must not be empty");
    }

    @Test
    void rejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Series(null, Country.MALI, NAME))
                .withMessageContaining("'id'");
        assertThatNullPointerException().isThrownBy(() -> new Series(SERIES_ID, (Country) null, NAME))
                .withMessageContaining("'hostCountry'");
        assertThatNullPointerException().isThrownBy(() -> new Series(SERIES_ID, Country.MALI, null))
                .withMessageContaining("'name'");
    }
}
