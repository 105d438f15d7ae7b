package org.digitalweek.event.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

    @Test
    void frenchAndEnglishConstants() {
        assertThat(LanguageTags.FRENCH).isEqualTo("fr");
        assertThat(LanguageTags.ENGLISH).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource({
            "fr-ml, fr-ML",
            "FR, fr",
            "EN-us, en-US",
            "bm-latn-ml, bm-Latn-ML",
            "mos, mos",
            "fr-ML, fr-ML"})
    void canonicalGivesTheCanonicalCase(String tag, String expected) {
        assertThat(LanguageTags.canonical(tag)).contains(expected);
        assertThat(LanguageTags.isValid(tag)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "x y", "en_US", "123", "fr-", "-fr", "und", "françaisxx"})
    void canonicalIsEmptyForTagsThatAreNotWellFormed(String tag) {
        assertThat(LanguageTags.canonical(tag)).isEmpty();
        assertThat(LanguageTags.isValid(tag)).isFalse();
    }

    @Test
    void tagsThatNameNoLanguageAreNotValid() {
        assertThat(LanguageTags.isValid("und-ML")).isFalse();
        assertThat(LanguageTags.isValid("x-abc")).isFalse();
    }
}
