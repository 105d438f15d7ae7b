package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.language.ReaderLanguage;

class LocalizedTextTest {

    @Test
    void constructorCanonicalisesTheTags() {
        LocalizedText text = new LocalizedText(Map.of("fr-ml", "Bamako", "EN", "Bamako city"));

        assertThat(text.values()).containsOnlyKeys("fr-ML", "en");
    }

    @Test
    void valuesAreInTagOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("fr", "Bonjour");
        values.put("mos", "Ne y windiga");
        values.put("bm", "I ni sogoma");
        values.put("en", "Hello");

        assertThat(new LocalizedText(values).values().keySet()).containsExactly("bm", "en", "fr", "mos");
    }

    @Test
    void constructorRejectsAnInvalidTag() {
        assertViolation(() -> LocalizedText.of("x y", "texte"), "LocalizedText", "'x y'", "BCP 47");
    }

    @Test
    void constructorRejectsAnEmptyTag() {
        assertViolation(() -> LocalizedText.of("", "texte"), "LocalizedText", "''", "BCP 47");
    }

    @Test
    void constructorRejectsANullTag() {
        Map<String, String> values = new HashMap<>();
        values.put(null, "texte");

        assertViolation(() -> new LocalizedText(values), "LocalizedText", "language tag must not be null");
    }

    @Test
    void constructorRejectsABlankText() {
        assertViolation(() -> LocalizedText.of("fr-ml", "  "), "LocalizedText", "text in 'fr-ML' must not be blank");
    }

    @Test
    void constructorRejectsANullText() {
        Map<String, String> values = new HashMap<>();
        values.put("fr", null);

        assertThatNullPointerException().isThrownBy(() -> new LocalizedText(values))
                .withMessageContaining("text in 'fr'");
    }

    @Test
    void constructorRejectsTheSameLanguageTwiceInDifferentCase() {
        assertViolation(() -> new LocalizedText(Map.of("fr-ML", "un", "fr-ml", "deux")),
                "LocalizedText", "language 'fr-ML' given twice");
    }

    @Test
    void constructorRejectsNullValues() {
        assertThatNullPointerException().isThrownBy(() -> new LocalizedText(null)).withMessageContaining("'values'");
    }

    @Test
    void valuesAreUnmodifiableAndCopied() {
        Map<String, String> source = new HashMap<>(Map.of("fr", "Bonjour"));
        LocalizedText text = new LocalizedText(source);
        source.put("en", "Hello");

        assertThat(text.values()).containsExactly(Map.entry("fr", "Bonjour"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> text.values().put("en", "Hello"));
    }

    @Test
    void emptyTextHasNoLanguage() {
        assertThat(LocalizedText.EMPTY.isEmpty()).isTrue();
        assertThat(LocalizedText.EMPTY.values()).isEmpty();
        assertThat(new LocalizedText(Map.of()).isEmpty()).isTrue();
        assertThat(LocalizedText.fr("Bonjour").isEmpty()).isFalse();
    }

    @Test
    void factoriesSetTheLanguages() {
        assertThat(LocalizedText.fr("Bonjour").values()).containsExactly(Map.entry("fr", "Bonjour"));
        assertThat(LocalizedText.of("bm", "I ni ce").values()).containsExactly(Map.entry("bm", "I ni ce"));
        assertThat(LocalizedText.frEn("Bonjour", "Hello").values())
                .containsExactly(Map.entry("en", "Hello"), Map.entry("fr", "Bonjour"));
    }

    @Test
    void textsEqualAfterCanonicalisation() {
        assertThat(LocalizedText.of("FR", "Bonjour")).isEqualTo(LocalizedText.fr("Bonjour"));
    }

    @Test
    void withAddsALanguageAndLeavesTheOriginalAlone() {
        LocalizedText french = LocalizedText.fr("Bonjour");

        LocalizedText both = french.with("en", "Hello");

        assertThat(both.values()).containsOnly(Map.entry("fr", "Bonjour"), Map.entry("en", "Hello"));
        assertThat(french.values()).containsOnlyKeys("fr");
    }

    @Test
    void withReplacesTheSameLanguageGivenInAnotherCase() {
        LocalizedText text = LocalizedText.of("fr-ML", "avant").with("fr-ml", "après");

        assertThat(text.values()).containsExactly(Map.entry("fr-ML", "après"));
    }

    @Test
    void withChecksTheTagAndTheText() {
        LocalizedText french = LocalizedText.fr("Bonjour");

        assertViolation(() -> french.with("x y", "Hello"), "LocalizedText", "'x y'");
        assertViolation(() -> french.with("en", " "), "LocalizedText", "text in 'en' must not be blank");
    }

    @Test
    void exactlyFindsTheLanguageInAnyCase() {
        LocalizedText text = LocalizedText.of("fr-ML", "Bamako");

        assertThat(text.exactly("fr-ml")).contains("Bamako");
        assertThat(text.exactly("fr-ML")).contains("Bamako");
    }

    @Test
    void exactlyDoesNotFallBack() {
        LocalizedText text = LocalizedText.fr("Bonjour");

        assertThat(text.exactly("fr-ML")).isEmpty();
        assertThat(text.exactly("en")).isEmpty();
        assertThat(text.exactly("x y")).isEmpty();
    }

    @Test
    void resolveGivesTheExactLanguageFirst() {
        LocalizedText text = new LocalizedText(Map.of("fr", "Bonjour", "fr-ML", "Bonjour Bamako", "en", "Hello"));

        assertThat(text.resolve("fr-ML")).isEqualTo("Bonjour Bamako");
        assertThat(text.resolve("en")).isEqualTo("Hello");
    }

    @Test
    void resolveFallsBackFromARegionToItsLanguage() {
        LocalizedText text = LocalizedText.frEn("Bonjour", "Hello");

        assertThat(text.resolve("fr-ML")).isEqualTo("Bonjour");
        assertThat(text.resolve("en-GB")).isEqualTo("Hello");
    }

    @Test
    void resolveFallsBackToFrenchThenEnglish() {
        assertThat(LocalizedText.frEn("Bonjour", "Hello").resolve("bm")).isEqualTo("Bonjour");
        assertThat(LocalizedText.of("en", "Hello").resolve("bm")).isEqualTo("Hello");
    }

    @Test
    void resolveFallsBackToAnyLanguageInTagOrder() {
        LocalizedText text = new LocalizedText(Map.of("mos", "Ne y windiga", "bm", "I ni sogoma"));

        assertThat(text.resolve("ha")).isEqualTo("I ni sogoma");
    }

    @Test
    void resolveForAnEditionTriesTheEditionsLanguageBeforeFrench() {
        LocalizedText text = new LocalizedText(Map.of("fr", "Bonjour", "en", "Hello", "bm", "I ni sogoma"));

        assertThat(text.resolve(ReaderLanguage.of("de", "en"))).isEqualTo("Hello");
        assertThat(text.resolve(ReaderLanguage.of("de", "bm"))).isEqualTo("I ni sogoma");
        assertThat(text.resolve(ReaderLanguage.of("de"))).isEqualTo("Bonjour");
        assertThat(text.resolve(ReaderLanguage.of("fr", "en"))).isEqualTo("Bonjour");
    }

    @Test
    void theMainLanguageIsFrenchThenEnglishThenTheFirst() {
        assertThat(LocalizedText.frEn("Bonjour", "Hello").mainLanguage()).contains("fr");
        assertThat(new LocalizedText(Map.of("bm", "I ni sogoma", "en", "Hello")).mainLanguage()).contains("en");
        assertThat(LocalizedText.of("mos", "Ne y windiga").mainLanguage()).contains("mos");
        assertThat(LocalizedText.EMPTY.mainLanguage()).isEmpty();
    }

    @Test
    void resolveOfAnInvalidTagIsTheFrenchText() {
        assertThat(LocalizedText.frEn("Bonjour", "Hello").resolve("x y")).isEqualTo("Bonjour");
    }

    @Test
    void resolveOfAnEmptyTextIsTheEmptyString() {
        assertThat(LocalizedText.EMPTY.resolve("fr")).isEmpty();
    }

    @Test
    void frenchIsTheFrenchTextOrItsFallback() {
        assertThat(LocalizedText.frEn("Bonjour", "Hello").french()).isEqualTo("Bonjour");
        assertThat(LocalizedText.of("en", "Hello").french()).isEqualTo("Hello");
        assertThat(LocalizedText.of("fr-ML", "Bonjour Bamako").french()).isEqualTo("Bonjour Bamako");
    }
}
