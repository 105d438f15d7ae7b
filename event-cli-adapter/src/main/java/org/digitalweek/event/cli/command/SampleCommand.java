package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

/**
 * {@code digitalweek sample [list|add]}: the sample editions bundled with the tool. Alone, it lists
 * them, as {@code sample list} does.
 */
@Command(name = "sample", subcommands = {SampleListCommand.class, SampleAddCommand.class})
final class SampleCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        return SampleListCommand.list(app);
    }
}
