package org.digitalweek.event.domain.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderLanguageTest {

    @ParameterizedTest
    @CsvSource({
            "fr, fr", "fr-ML, fr", "FR-ml, fr", "en, en", "en-GB, en", "de, fr", "bm, fr", "bm-Latn-ML, fr",
            "frr, fr", "'', fr", "x y, fr"})
    void theLibrarysWordsWithoutAnEditionAreFrenchUnlessEnglishIsAsked(String tag, String words) {
        assertThat(ReaderLanguage.of(tag).words()).isEqualTo(words);
        assertThat(ReaderLanguage.of(tag).pick("français", "English")).isEqualTo(words.equals("fr") ? "français" : "English");
    }

    @ParameterizedTest
    @CsvSource({"de, en", "bm, en", "fr-ML, fr", "en-GB, en", "fr, fr", "'', en"})
    void anEditionInEnglishGivesEnglishWordsToAReaderOfNeitherLanguage(String tag, String words) {
        assertThat(ReaderLanguage.of(tag, "en").words()).isEqualTo(words);
    }

    @Test
    void theChainIsTheRequestThenItsLanguageThenTheEditionsThenFrenchThenEnglish() {
        assertThat(ReaderLanguage.of("de-AT", "bm-ML").chain()).containsExactly("de-AT", "de", "bm-ML", "bm", "fr", "en");
        assertThat(ReaderLanguage.of(null, "en").chain()).containsExactly("en", "fr");
        assertThat(ReaderLanguage.of("bm", "en").chain()).containsExactly("bm", "en", "fr");
    }

    @Test
    void anEditionsTextTakesTheFirstLanguageOfTheChainItHasThenAny() {
        Map<String, String> frEn = Map.of("fr", "Ouverture", "en", "Opening");
        assertThat(ReaderLanguage.of("de").choose(frEn)).isEqualTo("Ouverture");
        assertThat(ReaderLanguage.of("bm", "en").choose(frEn)).isEqualTo("Opening");
        assertThat(ReaderLanguage.of("en-GB").choose(frEn)).isEqualTo("Opening");
        assertThat(ReaderLanguage.of("bm").choose(Map.of("bm", "Dayɛlɛli", "fr", "Ouverture"))).isEqualTo("Dayɛlɛli");
        assertThat(ReaderLanguage.of("en").choose(Map.of("de", "Eröffnung"))).isEqualTo("Eröffnung");
        assertThat(ReaderLanguage.of("en").choose(Map.of())).isEmpty();
    }

    @Test
    void theDeclaredTagKeepsTheRequestOnlyWhenItIsInTheWordsLanguage() {
        assertThat(ReaderLanguage.of("fr-ML").tag()).isEqualTo("fr-ML");
        assertThat(ReaderLanguage.of("en-GB").tag()).isEqualTo("en-GB");
        assertThat(ReaderLanguage.of("de").tag()).isEqualTo("fr");
        assertThat(ReaderLanguage.of(null).tag()).isEqualTo("fr");
    }

    @Test
    void theMainLanguageOfSomeTextsIsFrenchThenEnglishThenTheFirst() {
        assertThat(ReaderLanguage.mainOf(List.of("bm", "en", "fr-ML"))).contains("fr-ML");
        assertThat(ReaderLanguage.mainOf(List.of("bm", "en"))).contains("en");
        assertThat(ReaderLanguage.mainOf(List.of("bm", "ff"))).contains("bm");
        assertThat(ReaderLanguage.mainOf(List.of())).isEmpty();
    }

    @Test
    void chainWithoutAnEditionDropsExtensionsVariantRegionAndScriptInTurn() {
        assertThat(ReaderLanguage.of("de-Latn-DE-u-co-phonebk").chain())
                .containsExactly("de-Latn-DE-u-co-phonebk", "de-Latn-DE", "de-DE", "de-Latn", "de", "fr", "en");
        assertThat(ReaderLanguage.of("de-Latn-DE-u-co-phonebk").chain()).allMatch(LanguageTags::isValid);
    }

    @Test
    void chainWithoutAnEditionOfARegionalTagGoesToItsLanguageThenEnglish() {
        assertThat(ReaderLanguage.of("fr-ML").chain()).containsExactly("fr-ML", "fr", "en");
    }

    @Test
    void chainWithoutAnEditionCanonicalisesTheTagFirst() {
        assertThat(ReaderLanguage.of("fr-ml").chain()).containsExactly("fr-ML", "fr", "en");
    }

    @Test
    void chainWithoutAnEditionOfEnglishTriesFrenchAfterEnglish() {
        assertThat(ReaderLanguage.of("en-US").chain()).containsExactly("en-US", "en", "fr");
        assertThat(ReaderLanguage.of("en").chain()).containsExactly("en", "fr");
    }

    @Test
    void chainWithoutAnEditionOfANationalLanguageEndsWithFrenchThenEnglish() {
        assertThat(ReaderLanguage.of("bm").chain()).containsExactly("bm", "fr", "en");
        assertThat(ReaderLanguage.of("bm-Latn-ML").chain()).containsExactly("bm-Latn-ML", "bm-ML", "bm-Latn", "bm", "fr", "en");
    }

    @Test
    void chainWithoutAnEditionOfFrenchHasNoRepeats() {
        assertThat(ReaderLanguage.of("fr").chain()).containsExactly("fr", "en");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x y", "en_US"})
    void chainWithoutAnEditionOfAnInvalidTagIsFrenchThenEnglish(String tag) {
        assertThat(ReaderLanguage.of(tag).chain()).containsExactly("fr", "en");
    }

    @Test
    void chainWithoutAnEditionIsUnmodifiable() {
        List<String> chain = ReaderLanguage.of("fr-ML").chain();
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> chain.add("bm"));
    }
}
