package org.digitalweek.event.cli.command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.FormatDescription;

/**
 * Runs the command tree in-process as a pipe sees it, on a default store in a test's folder (which
 * receives the sample edition on first use) and on a fixed clock, so exports are reproducible.
 */
final class CommandRunner {

    /** The clock of every run, and of the exports the tests compare with. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
    /** The bundled sample edition. */
    static final String SAMPLE = "snm-2026";

    private final String store;
    private final Clock clock;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** @param folder where the default store is kept */
    CommandRunner(Path folder) {
        this(folder, CLOCK);
    }

    /**
     * @param folder where the default store is kept
     * @param clock  the clock of the runs and exports
     */
    CommandRunner(Path folder, Clock clock) {
        this.store = "file:" + folder.resolve("store");
        this.clock = clock;
    }

    /**
     * @param args the command line
     * @return the exit code; the outputs of this run replace those of the last
     */
    int run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /**
     * @param input what standard input holds
     * @param args  the command line
     * @return the exit code; the outputs of this run replace those of the last
     */
    int runWithInput(byte[] input, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Cli.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.PLAIN, DefaultStore.implicit(store), clock);
    }

    /** @return what the last run wrote to standard output, as bytes */
    byte[] outBytes() {
        return out.toByteArray();
    }

    /** @return what the last run wrote to standard output */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** @return what the last run wrote to standard error */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param edition  a stored edition
     * @param format   an exporter's format id
     * @param language the export's language
     * @return what that format's export writes for it, called through the in-port, on the same clock as the runs
     */
    byte[] exported(String edition, String format, String language) {
        try (CompositionRoot root = CompositionRoot.open(store, clock, true)) {
            return root.documents().export(new ExportQuery(edition, format, language)).bytes();
        }
    }

    /** @return the format ids of every exporter found */
    List<String> exportFormats() {
        try (CompositionRoot root = CompositionRoot.open(store, clock, true)) {
            return root.documents().formats().stream().filter(FormatDescription::exported)
                    .map(FormatDescription::id).toList();
        }
    }
}
