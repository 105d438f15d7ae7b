package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

    /** Also guards the static initialisation order: the constants are built from ISO_CODES. */
    @Test
    void constantsAreTheAesMembers() {
        assertThat(Country.MALI.code()).isEqualTo("ML");
        assertThat(Country.BURKINA_FASO.code()).isEqualTo("BF");
        assertThat(Country.NIGER.code()).isEqualTo("NE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ML", "BF", "NE", "SN", "FR"})
    void assignedUpperCaseCodesAreValid(String code) {
        assertThat(Country.isValid(code)).isTrue();
        assertThat(new Country(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ml", "Ml", "XX", "MLI", "M", " ML"})
    void otherCodesAreNotValid(String code) {
        assertThat(Country.isValid(code)).isFalse();
    }

    @Test
    void constructorRejectsAnUnassignedCode() {
        assertViolation(() -> new Country("XX"), "Country", "'XX'", "ISO 3166-1 alpha-2");
    }

    @Test
    void constructorRejectsALowerCaseCode() {
        assertViolation(() -> new Country("ml"), "Country", "'ml'", "ISO 3166-1 alpha-2");
    }

    @Test
    void constructorRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new Country(null)).withMessageContaining("'code'");
    }

    @Test
    void aesMembersAreKnown() {
        assertThat(Country.MALI.isAesMember()).isTrue();
        assertThat(Country.BURKINA_FASO.isAesMember()).isTrue();
        assertThat(Country.NIGER.isAesMember()).isTrue();
        assertThat(new Country("SN").isAesMember()).isFalse();
    }

    @Test
    void aesMembersHaveTheirNamesInFrenchAndEnglish() {
        assertThat(Country.MALI.name()).isEqualTo(LocalizedText.frEn("Mali", "Mali"));
        assertThat(Country.BURKINA_FASO.name()).isEqualTo(LocalizedText.frEn("Burkina Faso", "Burkina Faso"));
        assertThat(Country.NIGER.name()).isEqualTo(LocalizedText.frEn("Niger", "Niger"));
    }

    @Test
    void otherCountriesAreNamedFromTheLocaleData() {
        LocalizedText germany = new Country("DE").name();
        assertThat(germany.exactly("fr")).contains("Allemagne");
        assertThat(germany.exactly("en")).contains("Germany");

        LocalizedText senegal = new Country("SN").name();
        assertThat(senegal.exactly("fr")).contains("Sénégal");
        assertThat(senegal.exactly("en")).contains("Senegal");
    }

    @Test
    void toStringIsTheCode() {
        assertThat(Country.BURKINA_FASO).hasToString("BF");
    }

    @Test
    void equalCodesAreEqualCountries() {
        assertThat(new Country("ML")).isEqualTo(Country.MALI).hasSameHashCodeAs(Country.MALI);
        assertThat(new Country("NE")).isNotEqualTo(Country.MALI);
    }
}
