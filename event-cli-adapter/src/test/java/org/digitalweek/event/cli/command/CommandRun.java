package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Runs the {@code digitalweek} command in-process, as a pipe sees it, over a JSON-file default store
 * in a temporary folder that receives the sample edition {@code snm-2026}, at a fixed time, and
 * hands back each run whole: a {@link CommandRunner} whose runs are values.
 */
final class CommandRun {

    /** The time of every run: 10:15 in Bamako (UTC+0). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T10:15:00Z"), ZoneOffset.UTC);

    private final CommandRunner runner;

    /** @param home a temporary folder */
    CommandRun(Path home) {
        this.runner = new CommandRunner(home, CLOCK);
    }

    /**
     * @param args the command line
     * @return its exit code and what it printed
     */
    Ran run(String... args) {
        int code = runner.run(args);
        return new Ran(code, runner.out(), runner.err());
    }

    /**
     * Writes a stored edition to a file through the exporters the composition root found.
     *
     * @param edition  the edition
     * @param formatId the exporter's format
     * @param file     where to write
     * @throws IOException when writing fails
     */
    void export(String edition, String formatId, Path file) throws IOException {
        Files.write(file, runner.exported(edition, formatId, "fr"));
    }

    /**
     * One run.
     *
     * @param code its exit code
     * @param out  its standard output
     * @param err  its standard error
     */
    record Ran(int code, String out, String err) {

        /** @return standard error's lines */
        String[] errLines() {
            return err.lines().toArray(String[]::new);
        }
    }
}
