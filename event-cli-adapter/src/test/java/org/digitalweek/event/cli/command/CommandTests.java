package org.digitalweek.event.cli.command;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** What the in-process command tests share: a temporary default store, seeded with the sample on first use. */
abstract class CommandTests {

    /** The line separator the commands print. */
    static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private CommandRun cli;

    /**
     * @param args the command line
     * @return what the command printed and its exit code
     */
    final Ran run(String... args) {
        return cli().run(args);
    }

    /** @return the runner over the temporary store, made on first use */
    final CommandRun cli() {
        if (cli == null) {
            cli = new CommandRun(home);
        }
        return cli;
    }
}
