package org.digitalweek.event.cli.command;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.digitalweek.event.cli.text.Language;

/**
 * {@code digitalweek completion}: the shell completion script of the whole command tree, made by
 * picocli from the commands themselves, so it never lags behind them. The script is code, the same in
 * every language: picocli names its shell variables after the parameter labels, and a French label
 * ({@code RÔLE}) is no bash identifier.
 */
@Command(name = "completion")
final class CompletionCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        // The last use of the tree in this run: its labels may change language.
        CommandLine root = spec.root().commandLine().setResourceBundle(HelpBundle.in(Language.EN));
        app.out().print(AutoComplete.bash(spec.root().name(), root));
        app.out().flush();
        return ExitCodes.OK;
    }
}
