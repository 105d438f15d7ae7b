package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.cli.text.VisibleControls;

/** Builds the command tree for one run and executes it. */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs the command with nothing on standard input.
     *
     * @param args         the command line
     * @param out          standard output
     * @param err          standard error
     * @param terminal     what standard output is
     * @param defaultStore the store used without {@code --store}, and whether it receives the sample editions
     * @param clock        the clock of the use cases
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Terminal terminal, DefaultStore defaultStore,
                          Clock clock) {
        return run(args, InputStream.nullInputStream(), out, err, terminal, defaultStore, clock);
    }

    /**
     * @param args         the command line
     * @param in           standard input
     * @param out          standard output; a failure to write or flush it ends the run with
     *                     {@link ExitCodes#FAILURE} and one line on standard error, even where a
     *                     {@link PrintStream} would swallow it
     * @param err          standard error
     * @param terminal     what standard output is
     * @param defaultStore the store used without {@code --store}, and whether it receives the sample editions
     * @param clock        the clock of the use cases
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Terminal terminal,
                          DefaultStore defaultStore, Clock clock) {
        return run(args, in, out, err, terminal, defaultStore, clock, Map.of(), false);
    }

    /**
     * @param args            the command line
     * @param in              standard input
     * @param out             standard output, as for {@link #run(String[], InputStream, OutputStream, PrintStream,
     *                        Terminal, DefaultStore, Clock)}
     * @param err             standard error
     * @param terminal        what standard output and error are: a progress line shows only where
     *                        standard error is a terminal
     * @param defaultStore    the store used without {@code --store}, and whether it receives the sample editions
     * @param clock           the clock of the use cases
     * @param environment     the environment variables: without {@code --lang}, {@code LC_ALL},
     *                        {@code LC_MESSAGES} or {@code LANG} chooses the language of everything the
     *                        run prints ({@link Language#tagOf}); French when none says
     * @return the exit code, one of {@link ExitCodes}
     */
    public static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Terminal terminal,
                          DefaultStore defaultStore, Clock clock, Map<String, String> environment) {
        return run(args, in, out, err, terminal, defaultStore, clock, environment, false);
    }

    /**
     * @param args         the command line
     * @param in           standard input
     * @param out          standard output
     * @param err          standard error
     * @param terminal     what standard output is
     * @param defaultStore the store used without {@code --store}, and whether it receives the sample editions
     * @param clock        the clock of the use cases
     * @param wholeTree    every command in the tree, whatever the line needs: what the lighter trees of
     *                     {@link CommandTree#forLine} are compared with
     * @return the exit code, one of {@link ExitCodes}
     */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Terminal terminal,
                   DefaultStore defaultStore, Clock clock, boolean wholeTree) {
        return run(args, in, out, err, terminal, defaultStore, clock, Map.of(), wholeTree);
    }

    private static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Terminal terminal,
                           DefaultStore defaultStore, Clock clock, Map<String, String> environment,
                           boolean wholeTree) {
        StandardOutput stdout = new StandardOutput(out);
        Writer outText = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        // Messages are for a person wherever they go; other output only when it goes to a terminal.
        PrintWriter outWriter = new PrintWriter(terminal.isTerminal() ? new VisibleControls(outText) : outText, true);
        Writer errText = new OutputStreamWriter(err, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(new VisibleControls(errText), true);
        try (Invocation app = new Invocation(in, outWriter, errWriter, stdout, terminal, defaultStore, clock)) {
            app.errorTerminal(terminal.errIsTerminal() ? errText : null); // progress lines: their carriage returns must act
            // Before parsing: a parse error is said in the language asked for, and --lang overrides it.
            Optional<String> environmentTag = Language.tagOf(environment);
            if (environmentTag.isPresent()) {
                app.languageOfTheEnvironment(environmentTag.get());
            }
            Optional<Language> asked = languageAsked(args);
            if (asked.isPresent()) {
                app.language(asked.get());
            }
            Optional<List<String>> version = wholeTree ? Optional.empty() : VersionRequest.answer(args);
            int code;
            if (version.isPresent()) {
                version.get().forEach(outWriter::println);
                code = ExitCodes.OK;
            } else {
                code = execute(args, app, stdout, outWriter, errWriter, wholeTree);
            }
            outWriter.flush(); // a PrintWriter keeps its errors to itself: stdout has seen them
            try {
                stdout.flush();
            } catch (IOException e) {
                // kept by stdout, reported below
            }
            if (stdout.failure().isPresent()) {
                code = stdout.report(app);
            }
            errWriter.flush();
            return code;
        }
    }

    /** Builds the command tree the line needs, and runs the line with it. */
    private static int execute(String[] args, Invocation app, StandardOutput stdout, PrintWriter outWriter,
                               PrintWriter errWriter, boolean wholeTree) {
        Terminal terminal = app.terminal();
        Failures failures = new Failures(app);
        DigitalweekCommand root = new DigitalweekCommand(app);
        ResourceBundle help = HelpBundle.in(app.language()); // once per run: the language is known before parsing
        // Settings after the commands are added: picocli passes them down to the commands it holds.
        CommandLine line = (wholeTree ? CommandTree.whole(root, help) : CommandTree.forLine(root, help, args))
                .setOut(outWriter).setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF))
                .setUsageHelpWidth(Math.max(55, Math.min(terminal.width(), 120))) // picocli refuses less than 55
                .setExecutionExceptionHandler(new ExecutionFailures(stdout, app, failures))
                .setParameterExceptionHandler(failures);
        try {
            return line.execute(args);
        } catch (VirtualMachineError | ServiceConfigurationError | RuntimeException e) { // what picocli lets through: memory, stack, a format that cannot start
            return failures.handleFatal(e);
        }
    }

    /**
     * A failure of the command: standard output's own first, when writing to it failed. A class, not a
     * lambda: a lambda of a picocli interface keeps picocli's classes out of the class-data archive.
     */
    private record ExecutionFailures(StandardOutput stdout, Invocation app, Failures failures)
            implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
            return stdout.failure().isPresent() ? stdout.report(app) : failures.handleExecutionException(e, command, parsed);
        }
    }

    /**
     * @param args the command line
     * @return the language of the last {@code --lang} among them, if any
     */
    static Optional<Language> languageAsked(String[] args) {
        Language language = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                language = Language.of(args[i + 1]);
            } else if (args[i].startsWith("--lang=")) {
                language = Language.of(args[i].substring("--lang=".length()));
            }
        }
        return Optional.ofNullable(language);
    }
}
