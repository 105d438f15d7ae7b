package org.digitalweek.event.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.cli.command.Cli;
import org.digitalweek.event.cli.text.Terminal;

/**
 * The {@code digitalweek} command: {@code digitalweek --help} lists the commands, and each has its
 * own {@code --help} with examples. The exit codes are those of
 * {@link org.digitalweek.event.cli.command.ExitCodes}.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        Terminal terminal = TerminalProbe.detect();
        // Standard output itself, not System.out: a PrintStream swallows a failed write and its reason.
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.exit(Cli.run(args, System.in, out, System.err, terminal, CompositionRoot.defaultStoreUri(),
                Clock.systemUTC()));
    }

    /**
     * Runs the command as a pipe would see it: plain text, no width limit.
     *
     * @param args         the command line
     * @param out          standard output
     * @param err          standard error
     * @param defaultStore the store used without {@code --store}; it receives the sample when empty
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, String defaultStore) {
        return Cli.run(args, out, err, Terminal.PLAIN, defaultStore, Clock.systemUTC());
    }
}
