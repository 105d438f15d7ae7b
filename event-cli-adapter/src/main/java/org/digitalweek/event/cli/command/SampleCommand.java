package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

/**
 * {@code digitalweek sample [list|add]}: the sample editions bundled with the tool. Alone, it lists
 * them, as {@code sample list} does.
 */
@Command(name = "sample", description = {"The sample editions bundled with the tool: list them, add them to a store.",
    "Only the default store ~/.digitalweek/store, used when neither --store nor $DIGITALWEEK_STORE names one, "
        + "receives them by itself, the first time it holds no edition; any other store starts empty."},
        subcommands = {SampleListCommand.class, SampleAddCommand.class},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE, "", "Examples:",
            "  digitalweek sample list",
            "  digitalweek sample add --store jdbc:sqlite:week.db",
            "  DIGITALWEEK_STORE=file:demo digitalweek sample add snm-2026"})
final class SampleCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        return SampleListCommand.list(app);
    }
}
