package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndTheLastIsCutToTheWidth() {
        Table table = new Table("A", "LONG HEADING", "TITLE").row("x", "y", "a title that goes on and on")
                .row("wider", null, "short");

        assertThat(table.lines(new Terminal(false, 30))).containsExactly(
                "A      LONG HEADING  TITLE",
                "x      y             a title…",
                "wider                short");
    }

    @Test
    void aPipeGetsEverythingAndATerminalGetsBoldHeadings() {
        Table table = new Table("A", "B").row("1", "a\ttab and\nline break");

        assertThat(table.lines(Terminal.PLAIN)).containsExactly("A  B", "1  a tab and line break");
        assertThat(table.lines(new Terminal(true, 80)).get(0)).isEqualTo("\u001b[1mA  B\u001b[0m");
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTerminalIsDetectedFromTheEnvironment() {
        assertThat(Terminal.detect(false, Map.of("COLUMNS", "50"))).isEqualTo(Terminal.PLAIN);
        assertThat(Terminal.detect(true, Map.of("COLUMNS", "50"))).isEqualTo(new Terminal(true, 50));
        assertThat(Terminal.detect(true, Map.of("NO_COLOR", "1"))).isEqualTo(new Terminal(false, 100));
        assertThat(Terminal.detect(true, Map.of("TERM", "dumb", "COLUMNS", "wide")))
                .isEqualTo(new Terminal(false, 100));
    }
}
