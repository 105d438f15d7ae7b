package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.digitalweek.event.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ordinal of a title follows the clone's number, in the title's own style. */
class TitleOrdinalsTest {

    @ParameterizedTest(name = "{0} ({1} → {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
        "Semaine du Numérique au Mali, 3ème édition | 3 | 4 | Semaine du Numérique au Mali, 4ème édition",
        "Semaine du Numérique, 3e édition           | 3 | 4 | Semaine du Numérique, 4e édition",
        "Semaine du Numérique, 3è édition           | 3 | 4 | Semaine du Numérique, 4è édition",
        "Troisième Semaine du Numérique             | 3 | 4 | Quatrième Semaine du Numérique",
        "la troisième édition                       | 3 | 4 | la quatrième édition",
        "la 1re édition                             | 1 | 2 | la 2e édition",
        "la 1ère édition                            | 1 | 2 | la 2ème édition",
        "la première édition                        | 1 | 2 | la deuxième édition",
        "la 3ème édition                            | 3 | 1 | la 1ère édition",
        "la vingtième édition                       | 20 | 21 | la 21ème édition",
        "Mali Digital Week, 3rd edition             | 3 | 4 | Mali Digital Week, 4th edition",
        "Third Mali Digital Week                    | 3 | 4 | Fourth Mali Digital Week",
        "the 10th edition                           | 10 | 11 | the 11th edition",
        "the 11th edition                           | 11 | 12 | the 12th edition",
        "the 20th edition                           | 20 | 21 | the 21st edition",
        "the 21st edition                           | 21 | 22 | the 22nd edition",
        "the 2nd edition                            | 2 | 3 | the 3rd edition",
    })
    void rewritesTheSourcesOrdinalInItsStyle(String title, int from, int to, String expected) {
        assertThat(TitleOrdinals.renumbered(title, from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Semaine du Numérique au Mali 2026 | 3",
        "Salle 3, 2e étage                 | 3",
        "3rd floor, 23rd edition           | 2",
        "Une troisième voie                | 4",
        "Forum 2026, 3ème édition          | 2",
    })
    void leavesOtherNumbersAlone(String title, int from) {
        assertThat(TitleOrdinals.renumbered(title, from, from + 1)).isEqualTo(title);
    }

    @Test
    void rewritesEveryLanguageOfATitle() {
        LocalizedText title = LocalizedText.frEn("Semaine du Numérique au Mali, 3ème édition",
                "Mali Digital Week, 3rd edition");

        assertThat(TitleOrdinals.renumbered(title, 3, 4)).isEqualTo(LocalizedText.frEn(
                "Semaine du Numérique au Mali, 4ème édition", "Mali Digital Week, 4th edition"));
        assertThat(TitleOrdinals.renumbered(title, 3, 3)).isSameAs(title);
    }

    @Test
    void aSessionsTitleIsRewrittenOnlyWhereItNamesTheEdition() {
        LocalizedText title = LocalizedText.frEn("3ème panel de la 3ème édition", "3rd panel of the 3rd edition");

        assertThat(TitleOrdinals.renumberedEditionMentions(title, 3, 4)).isEqualTo(LocalizedText.frEn(
                "3ème panel de la 4ème édition", "3rd panel of the 4th edition"));
    }
}
