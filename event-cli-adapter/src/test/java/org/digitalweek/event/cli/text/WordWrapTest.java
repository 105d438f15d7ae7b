package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordWrapTest {

    @Test
    void linesBreakAtTheLastSpaceThatFits() {
        assertThat(WordWrap.lines("Cérémonie de lancement officiel de la 3ème édition", 20)).containsExactly(
                "Cérémonie de", "lancement officiel", "de la 3ème édition");
    }

    @Test
    void aWordWiderThanALineIsBrokenWhereTheLineEnds() {
        assertThat(WordWrap.lines("a https://example.org/very/long", 10))
                .containsExactly("a", "https://ex", "ample.org/", "very/long");
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertThat(WordWrap.lines("会議室 会議室", 7)).containsExactly("会議室", "会議室");
        assertThat(WordWrap.lines("会議室会議室", 5)).containsExactly("会議", "室会", "議室");
        assertThat(WordWrap.lines("", 5)).containsExactly("");
    }

    @Test
    void displayWidthCountsColumnsNotCharacters() {
        assertThat(DisplayWidth.of("e\u0301té")).isEqualTo(3);
        assertThat(DisplayWidth.of("会議")).isEqualTo(4);
        assertThat(DisplayWidth.of("\uD83D\uDE00")).isEqualTo(2);
        assertThat(DisplayWidth.cut("Salle des banquets", 10)).isEqualTo("Salle des…");
        assertThat(DisplayWidth.cut("会議室会議室", 6)).isEqualTo("会議…");
    }
}
