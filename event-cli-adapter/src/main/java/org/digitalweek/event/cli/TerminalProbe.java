package org.digitalweek.event.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.digitalweek.event.cli.text.Terminal;

/**
 * What the process finds out about its terminal, cheaply and in this order: what the {@code digitalweek}
 * launcher measured and passed as system properties (it knows {@code [ -t 1 ]}, {@code [ -t 2 ]} and
 * {@code stty size} for free); else, run with {@code java -jar}, where standard output and error lead
 * ({@code /proc/self/fd}, else {@link System#console()}), and the width from {@code stty size} on
 * {@code /dev/tty}, only when standard output is a terminal, bounded by {@link #PATIENCE_MS}.
 */
final class TerminalProbe implements Terminal.Size {

    /** The width of standard output's terminal, as the launcher measured it. */
    static final String COLUMNS = "digitalweek.terminal.columns";
    /** {@code true} or {@code false}: whether standard output is a terminal, as the launcher saw it. */
    static final String STDOUT = "digitalweek.stdout.terminal";
    /** {@code true} or {@code false}: whether standard error is a terminal, as the launcher saw it. */
    static final String STDERR = "digitalweek.stderr.terminal";
    /** How long {@code stty size} may take before the width is taken as unknown. */
    private static final long PATIENCE_MS = 300;

    /** @return the terminal of this process */
    static Terminal detect() {
        return Terminal.detect(isTerminal(STDOUT, 1), isTerminal(STDERR, 2), System.getenv(), new TerminalProbe());
    }

    @Override
    public OptionalInt columns() {
        String measured = System.getProperty(COLUMNS);
        if (measured != null) {
            return Terminal.columns(measured);
        }
        return System.getProperty(STDOUT) == null ? askTheTerminal() : OptionalInt.empty();
    }

    /** @return whether the standard stream {@code fd} (1 or 2) is a terminal */
    private static boolean isTerminal(String property, int fd) {
        String said = System.getProperty(property);
        if (said != null) {
            return Boolean.parseBoolean(said);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc: a console is standard input and output on terminals
        }
    }

    /** {@code stty size} prints {@code ROWS COLUMNS} for the terminal on its standard input. */
    private static OptionalInt askTheTerminal() {
        Process stty = null;
        try {
            stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(PATIENCE_MS, TimeUnit.MILLISECONDS) || stty.exitValue() != 0) {
                return OptionalInt.empty();
            }
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip()
                    .split(" ");
            return size.length == 2 ? Terminal.columns(size[1]) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no stty, or no terminal to ask
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        } finally {
            if (stty != null) {
                stty.destroy();
            }
        }
    }
}
