package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which devices standard error is taken to be a terminal on. */
class StandardErrorTest {

    @Test
    void pseudoTerminalsAndTerminalsAreTerminalsAndFilesAndPipesAreNot() {
        assertThat(StandardError.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(StandardError.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(StandardError.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(StandardError.isTerminalDevice("/home/awa/err.log")).isFalse();
        assertThat(StandardError.isTerminalDevice("/dev/null")).isFalse();
    }
}
