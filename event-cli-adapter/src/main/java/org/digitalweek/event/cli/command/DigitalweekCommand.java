package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;


/**
 * The root of the {@code digitalweek} command tree: the global options, which every subcommand
 * accepts too. The subcommands are {@link CommandTree#COMMANDS}, added as a command line needs them.
 */
@Command(name = "digitalweek", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = false,
        description = {"Plan, check, publish and export the programme of a government technology week.",
            "Without --store, the editions are kept in $DIGITALWEEK_STORE, else in ~/.digitalweek/store, which "
                + "alone receives the bundled sample edition snm-2026 on its first run; any store you name starts "
                + "empty, and 'digitalweek sample add' adds the sample to it."},
        // Every command inherits the heading; each footer starts with that command's own exit codes.
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
            "  1  check found an ERROR, publish was refused for one, or diff --exit-code found changes",
            "  2  a usage error or bad input (one line says what and where)",
            "  3  a storage conflict, an I/O failure or an unexpected failure",
            "", "Example: digitalweek programme snm-2026 --lang en"})
public final class DigitalweekCommand implements Runnable {

    private final Invocation invocation;

    @Spec
    CommandSpec spec;

    /** @param invocation the run the command tree serves */
    public DigitalweekCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /** @return the run */
    Invocation invocation() {
        return invocation;
    }

    /** @param uri the store: {@code file:PATH}, {@code jdbc:sqlite:PATH}, {@code jdbc:postgresql://…} or {@code mem:} */
    @Option(names = "--store", paramLabel = "URI", scope = ScopeType.INHERIT, description = "The store: file:PATH, "
            + "jdbc:sqlite:PATH, jdbc:postgresql://HOST/DB or mem:. Default: the embedded JSON-file store.")
    void store(String uri) {
        invocation.store(uri);
    }

    /** @param tag the language of messages and output */
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT,
            description = "The language of messages and output: fr (default), en, or another BCP 47 tag "
                    + "(fr-ML, bm…), which falls back to the edition's language, then French, then English.")
    void language(String tag) {
        invocation.language(tag);
    }

    /** @param on whether failures show their stack trace */
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the stack trace of a failure.")
    void verbose(boolean on) {
        invocation.verbose(on);
    }

    /** Without a subcommand: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(invocation.out());
    }
}
