package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndTheLastWrapsUnderItselfOnANarrowTerminal() {
        Table table = new Table("A", "LONG HEADING", "TITLE").row("x", "y", "a title that goes on and on")
                .row("wider", null, "short");

        assertThat(table.lines(new Terminal(false, 41))).containsExactly(
                "A      LONG HEADING  TITLE",
                "x      y             a title that goes on",
                "                     and on",
                "wider                short");
    }

    @Test
    void shorteningColumnsLoseTheirEndsFirstDownToTheirLeast() {
        Table table = new Table("TIME", "ROOM", "TITLE").shortening(1)
                .row("09:00–11:00", "Salle de conférence du premier étage", "Ouverture officielle de la semaine");

        List<String> lines = table.lines(new Terminal(false, 63));

        assertThat(lines).containsExactly(
                "TIME         ROOM            TITLE",
                "09:00–11:00  Salle de conf…  Ouverture officielle de la semaine");
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(63));
    }

    @Test
    void aFoldingColumnGoesOnOverContinuationLinesKeepingWhatNoBreakSpacesHoldTogether() {
        Table table = new Table("TIME", "TITLE").folding(0)
                .row("09:00–11:00", "Opening")
                .row("12:00 → mer.\u00a04\u00a0févr.\u00a018:00", "Local know-how");

        assertThat(table.lines(new Terminal(false, 34))).containsExactly(
                "TIME                TITLE",
                "09:00–11:00         Opening",
                "12:00 →             Local know-how",
                "mer. 4 févr. 18:00");
        assertThat(table.lines(new Terminal(false, 80)).get(2))
                .isEqualTo("12:00 → mer. 4 févr. 18:00  Local know-how");
    }

    @Test
    void whenTheWrappingColumnWouldBeTooNarrowItGoesUnderEachRow() {
        Table table = new Table("EDITION", "DATES", "CITY", "TITLE")
                .row("snm-2026", "2026-01-29 → 2026-02-04", "Bamako (ML)", "Semaine du Numérique au Mali");

        assertThat(table.lines(new Terminal(false, 50))).containsExactly(
                "EDITION   DATES                    CITY",
                "    TITLE",
                "snm-2026  2026-01-29 → 2026-02-04  Bamako (ML)",
                "    Semaine du Numérique au Mali");
    }

    @Test
    void wideAndCombiningCharactersAreCountedByTheColumnsTheyTake() {
        Table table = new Table("ID", "NAME").row("a", "会議室").row("bb", "Cafe\u0301 ");

        assertThat(table.lines(new Terminal(false, 80))).containsExactly(
                "ID  NAME",
                "a   会議室",
                "bb  Cafe\u0301");
        assertThat(new Table("ID", "ROOM", "T").shortening(1).row("a", "会議室会議室会議室", "t")
                .lines(new Terminal(false, 21)).get(1)).isEqualTo("a   会議室会議室…   t");
    }

    @Test
    void aPipeGetsEverythingAndATerminalGetsBoldHeadings() {
        Table table = new Table("A", "B").row("1", "a\ttab and\nline break");
        String long_ = "word ".repeat(100).strip();

        assertThat(table.lines(Terminal.PLAIN)).containsExactly("A  B", "1  a tab and line break");
        assertThat(new Table("A", "B").shortening(0).row("x".repeat(200), long_).lines(Terminal.PLAIN))
                .element(1).isEqualTo("x".repeat(200) + "  " + long_);
        assertThat(table.lines(new Terminal(true, 80)).get(0)).isEqualTo("\u001b[1mA  B\u001b[0m");
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineThatCannotFitIsCut() {
        Table table = new Table("AAAAAAAAAA", "BBBBBBBBBB", "C").row("1", "2", "3");

        assertThat(table.lines(new Terminal(false, 20))).containsExactly("AAAAAAAAAA  BBBBBBB…", "    C",
                "1           2", "    3");
    }
}
