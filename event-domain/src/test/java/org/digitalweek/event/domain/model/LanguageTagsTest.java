package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

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

    @Test
    void fallbackChainDropsExtensionsVariantRegionAndScriptInTurn() {
        assertThat(LanguageTags.fallbackChain("de-Latn-DE-u-co-phonebk"))
                .containsExactly("de-Latn-DE-u-co-phonebk", "de-Latn-DE", "de-DE", "de-Latn", "de", "fr", "en");
        assertThat(LanguageTags.fallbackChain("de-Latn-DE-u-co-phonebk")).allMatch(LanguageTags::isValid);
    }

    @Test
    void fallbackChainOfARegionalTagGoesToItsLanguageThenEnglish() {
        assertThat(LanguageTags.fallbackChain("fr-ML")).containsExactly("fr-ML", "fr", "en");
    }

    @Test
    void fallbackChainCanonicalisesTheTagFirst() {
        assertThat(LanguageTags.fallbackChain("fr-ml")).containsExactly("fr-ML", "fr", "en");
    }

    @Test
    void fallbackChainOfEnglishTriesFrenchAfterEnglish() {
        assertThat(LanguageTags.fallbackChain("en-US")).containsExactly("en-US", "en", "fr");
        assertThat(LanguageTags.fallbackChain("en")).containsExactly("en", "fr");
    }

    @Test
    void fallbackChainOfANationalLanguageEndsWithFrenchThenEnglish() {
        assertThat(LanguageTags.fallbackChain("bm")).containsExactly("bm", "fr", "en");
        assertThat(LanguageTags.fallbackChain("bm-Latn-ML")).containsExactly("bm-Latn-ML", "bm-ML", "bm-Latn", "bm", "fr", "en");
    }

    @Test
    void fallbackChainOfFrenchHasNoRepeats() {
        assertThat(LanguageTags.fallbackChain("fr")).containsExactly("fr", "en");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x y", "en_US"})
    void fallbackChainOfAnInvalidTagIsFrenchThenEnglish(String tag) {
        assertThat(LanguageTags.fallbackChain(tag)).containsExactly("fr", "en");
    }

    @Test
    void fallbackChainIsUnmodifiable() {
        List<String> chain = LanguageTags.fallbackChain("fr-ML");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> chain.add("bm"));
    }
}
