package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;


/**
 * The root of the {@code digitalweek} command tree: the global options, which every subcommand
 * accepts too. The subcommands are {@link CommandTree#COMMANDS}, added as a command line needs them.
 * The texts of every command's help are in {@code Help_fr.properties} and {@code Help_en.properties}
 * ({@link HelpBundle}), not in the annotations.
 */
@Command(name = "digitalweek", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Version.class, sortOptions = false, usageHelpAutoWidth = false)
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
    @Option(names = "--store", paramLabel = "URI", scope = ScopeType.INHERIT)
    void store(String uri) {
        invocation.store(uri);
    }

    /** @param tag the language of messages and output */
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT)
    void language(String tag) {
        invocation.language(tag);
    }

    /** @param on whether failures show their stack trace */
    @Option(names = "--verbose", scope = ScopeType.INHERIT)
    void verbose(boolean on) {
        invocation.verbose(on);
    }

    /** Without a subcommand: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(invocation.out());
    }
}
