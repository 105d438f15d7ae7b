package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class TerminalTest {

    /** A terminal that says its width, or does not. */
    private record Says(OptionalInt columns) implements Terminal.Size {
    }

    private static final Says SILENT = new Says(OptionalInt.empty());

    @Test
    void theWidthComesFromTheTerminalThenColumnsThenEighty() {
        assertThat(Terminal.detect(true, false, Map.of("COLUMNS", "120"), new Says(OptionalInt.of(80))))
                .isEqualTo(new Terminal(true, 80, false));
        assertThat(Terminal.detect(true, true, Map.of("COLUMNS", "50"), SILENT)).isEqualTo(new Terminal(true, 50, true));
        assertThat(Terminal.detect(true, false, Map.of("NO_COLOR", "1"), SILENT)).isEqualTo(new Terminal(false, 80));
        assertThat(Terminal.detect(true, false, Map.of("TERM", "dumb", "COLUMNS", "wide"), SILENT))
                .isEqualTo(new Terminal(false, 80));
        assertThat(Terminal.detect(true, false, Map.of(), new Says(OptionalInt.of(20))).width())
                .isEqualTo(Terminal.NARROWEST);
    }

    @Test
    void standardOutputNotATerminalIsPlainWhateverItsWidthAndStandardErrorIsToldApart() {
        Terminal.Size never = () -> {
            throw new AssertionError("a pipe's width is never asked");
        };

        assertThat(Terminal.detect(false, false, Map.of("COLUMNS", "50"), never)).isEqualTo(Terminal.PLAIN);
        Terminal errOnly = Terminal.detect(false, true, Map.of(), never);
        assertThat(errOnly.isTerminal()).isFalse();
        assertThat(errOnly.errIsTerminal()).isTrue();
        assertThat(Terminal.PLAIN.errIsTerminal()).isFalse();
    }

    @Test
    void columnsAreANumber() {
        assertThat(Terminal.columns(" 132\n")).hasValue(132);
        assertThat(Terminal.columns("0")).isEmpty();
        assertThat(Terminal.columns("-5")).isEmpty();
        assertThat(Terminal.columns(null)).isEmpty();
    }

    @Test
    void aLongLineWrapsAtSpacesOnATerminalOnlyWithItsContinuationIndented() {
        String line = "  Thème                E-gouvernement à l’ère de l’intelligence artificielle";

        assertThat(new Terminal(false, 50).wrap(line, 23)).containsExactly(
                "  Thème                E-gouvernement à l’ère de",
                "                       l’intelligence artificielle");
        assertThat(Terminal.PLAIN.wrap(line, 23)).containsExactly(line);
        assertThat(new Terminal(false, 50).wrap("a\nb", 2)).containsExactly("a\\nb");
    }
}
