package org.digitalweek.event.cli.command;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code digitalweek completion}: the shell completion script of the whole command tree, made by
 * picocli from the commands themselves, so it never lags behind them.
 */
@Command(name = "completion", description = {"Print a completion script for bash and zsh: commands, options and "
        + "their values complete with the Tab key.",
    "zsh reads it after 'autoload -U +X bashcompinit && bashcompinit'."},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE, "", "Examples:",
            "  source <(digitalweek completion)",
            "  digitalweek completion > /etc/bash_completion.d/digitalweek"})
final class CompletionCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        app.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        app.out().flush();
        return ExitCodes.OK;
    }
}
