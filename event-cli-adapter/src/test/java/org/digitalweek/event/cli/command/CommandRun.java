package org.digitalweek.event.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.out.ExportContext;

/**
 * Runs the {@code digitalweek} command in-process, as a pipe sees it, over a JSON-file default store
 * in a temporary folder that receives the sample edition {@code snm-2026}, at a fixed time.
 */
final class CommandRun {

    /** The time of every run: 10:15 in Bamako (UTC+0). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T10:15:00Z"), ZoneOffset.UTC);

    private final String store;

    /** @param home a temporary folder */
    CommandRun(Path home) {
        this.store = "file:" + home.resolve("store");
    }

    /**
     * @param args the command line
     * @return its exit code and what it printed
     */
    Ran run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.PLAIN, store, CLOCK);
        return new Ran(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
        try (CompositionRoot root = CompositionRoot.open(store, CLOCK, true);
             OutputStream out = Files.newOutputStream(file)) {
            root.formats().exporter(formatId).orElseThrow().export(
                    root.editions().load(new EditionId(edition)).orElseThrow().publicView(),
                    new ExportContext(CLOCK, "fr"), out);
        }
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
