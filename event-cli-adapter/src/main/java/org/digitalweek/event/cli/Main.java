package org.digitalweek.event.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.command.Cli;
import org.digitalweek.event.cli.text.Terminal;

/**
 * The {@code digitalweek} command: {@code digitalweek --help} lists the commands, and each has its
 * own {@code --help} with examples. The exit codes are those of
 * {@link org.digitalweek.event.cli.command.ExitCodes}. It speaks French, or English when {@code --lang en}
 * or, without {@code --lang}, the environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}) asks for it.
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
        System.exit(Cli.run(args, System.in, out, System.err, terminal,
                DefaultStore.of(System.getenv(), System.getProperty("user.home")), Clock.systemUTC(), System.getenv()));
    }

    /**
     * Runs the command as a pipe would see it: plain text, no width limit.
     *
     * @param args         the command line
     * @param out          standard output
     * @param err          standard error
     * @param defaultStore the store used without {@code --store}, and whether it receives the sample when empty
     * @return the exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err, DefaultStore defaultStore) {
        return Cli.run(args, out, err, Terminal.PLAIN, defaultStore, Clock.systemUTC());
    }
}
