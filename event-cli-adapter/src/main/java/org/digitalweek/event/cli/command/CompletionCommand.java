package org.digitalweek.event.cli.command;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code digitalweek completion}: the shell completion script of the whole command tree, made by
 * picocli from the commands themselves, so it never lags behind them.
 */
@Command(name = "completion")
final class CompletionCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        app.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        app.out().flush();
        return ExitCodes.OK;
    }
}
