package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** What reaches a terminal: the command's own colours and line breaks, and everything else shown. */
class VisibleControlsTest {

    private static final String ESC = "\u001b";

    @Test
    void onlyTheCommandsOwnStylesAndLinesPass() throws IOException {
        String[][] cases = {
            {"a\rb", "a\\rb"},
            {"a\tb", "a\\tb"},
            {"line\n\tat x\n", "line\n\tat x\n"},
            {"x\u202ey\u2066z\u200f\u061c\u2028", "x\\u202Ey\\u2066z\\u200F\\u061C\\u2028"},
            {"\u0085\u009b\u007f\u0000\u0007", "\\u0085\\u009B\\u007F\\u0000\\u0007"},
            {ESC + "[1mtitre" + ESC + "[0m", ESC + "[1mtitre" + ESC + "[0m"},
            {ESC + "[1;33mx" + ESC + "[39m", ESC + "[1;33mx" + ESC + "[39m"},
            {ESC + "[8mhidden" + ESC + "[0m", "\\u001B[8mhidden" + ESC + "[0m"},
            {ESC + "]0;title\u0007", "\\u001B]0;title\\u0007"},
            {ESC + "[2J", "\\u001B[2J"},
            {ESC + ESC + "[1m", "\\u001B" + ESC + "[1m"},
            {ESC, "\\u001B"},
            {"Ñ'Ko ߒߞߏ, عربي, 😀", "Ñ'Ko ߒߞߏ, عربي, 😀"}};
        for (String[] written : cases) {
            StringWriter terminal = new StringWriter();
            try (VisibleControls controls = new VisibleControls(terminal)) {
                controls.write(written[0]);
            }
            assertThat(terminal).as(written[1]).hasToString(written[1]);
        }
    }

    @Test
    void aCellIsEscapedWholeLineBreaksIncluded() {
        assertThat(VisibleControls.escape("a\nb\r\n\u202e")).isEqualTo("a\\nb\\r\\n\\u202E");
    }
}
