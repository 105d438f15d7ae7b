package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Terminal;

/**
 * A command line run with only the commands it needs behaves exactly as with the whole tree: the same
 * standard output, standard error and exit code, in reads, changes, help and mistakes alike.
 */
class CommandTreeTest {

    /** What one run printed and returned. */
    private record Outcome(int code, String out, String err) {
    }

    @TempDir
    Path lighter;

    @TempDir
    Path whole;

    private static Outcome run(Path folder, boolean wholeTree, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), Terminal.PLAIN,
                DefaultStore.implicit("file:" + folder.resolve("store")),
                CommandRunner.CLOCK, wholeTree);
        // A stack trace (--verbose) names this test's lines, which differ between the two runs.
        String message = err.toString(StandardCharsets.UTF_8).replaceAll("(?m)^\\t(at |\\.\\.\\. ).*\\R", "");
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--version", "-V", "--help", "-h", "", "--lang en --help", "--version --lang en",
        "programme snm-2026", "program snm-2026 --lang en", "--lang en programme snm-2026",
        "--lang=en --verbose programme snm-2026 --day 2026-01-30", "--store mem: programme snm-2026",
        "--store=mem: editions", "programme", "programme --help", "programme snm-2026 extra",
        "programme snm-2026 --day demain", "--verbose programme nope", "programme bad!id",
        "session", "session --help", "session move --help", "session move snm-2026 nope --start 2026-02-03T09:00",
        "session move snm-2026 masterclass-ia --start 2026-02-03T09:00 --end 2026-02-03T12:00",
        "nonsense", "PROGRAMME snm-2026", "--bogus programme snm-2026", "--lang programme programme snm-2026",
        "--store", "--lang en", "--lang -V", "--verbose", "-- programme snm-2026",
        "completion", "editions", "show snm-2026 --lang en", "check snm-2026", "formats", "stats snm",
        "releases snm-2026", "export snm-2026 --format json", "diff --help", "import --help", "serve --help",
        "clone --help", "publish --help", "archive --help", "sample", "sample add --help"})
    void aCommandLineGetsWhatTheWholeTreeGives(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        Outcome expected = run(whole, true, args);
        Outcome actual = run(lighter, false, args);

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theUsageListsEveryCommand() {
        Outcome help = run(lighter, false, "--help");

        List<String> listed = help.out().lines().dropWhile(l -> !l.equals("Commandes :")).skip(1)
                .takeWhile(l -> !l.isBlank()).filter(l -> !l.startsWith("   ")).map(l -> l.strip().split(" ")[0])
                .toList();
        assertThat(listed).containsExactly("editions", "show", "programme,", "check", "session", "publish",
                "releases", "archive", "diff", "export", "import", "formats", "clone", "stats", "serve", "sample", "completion");
    }

    @Test
    void theVersionNamesTheToolAndTheJava() {
        Outcome version = run(lighter, false, "--version");

        assertThat(version.code()).isZero();
        assertThat(version.out()).matches("digitalweek \\S+\\RJava \\S+ \\(.+\\)\\R");
        assertThat(version.err()).isEmpty();
    }

    @Test
    void onlyACommandNamedAfterGlobalOptionsIsChosenAlone() {
        assertThat(CommandTree.commandNamed(new String[] {"--lang", "en", "--store=mem:", "programme", "x"}))
                .contains(ProgrammeCommand.class);
        assertThat(CommandTree.commandNamed(new String[] {"program", "x"})).contains(ProgrammeCommand.class);
        assertThat(CommandTree.commandNamed(new String[] {"--lang", "programme", "programme"})).isEmpty();
        assertThat(CommandTree.commandNamed(new String[] {"--help", "programme"})).isEmpty();
        assertThat(CommandTree.commandNamed(new String[] {"--store"})).isEmpty();
        assertThat(CommandTree.commandNamed(new String[] {"programmes"})).isEmpty();
    }
}
