package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;

import org.digitalweek.event.domain.port.in.FormatDescription;

/**
 * {@code digitalweek completion}: the shell completion script of the whole command tree, made from
 * the commands themselves ({@link CompletionScript}), so it never lags behind them: commands, options,
 * and their values (formats, languages, editions, sessions, rooms, people, tracks, time zones, types
 * and roles).
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
        List<String> exports = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (FormatDescription format : app.root().documents().formats()) {
            List<String> ids = format.exported() ? exports : imports;
            if (!ids.contains(format.id())) {
                ids.add(format.id());
            }
            if (format.exported() && format.imported() && !imports.contains(format.id())) {
                imports.add(format.id());
            }
        }
        app.out().print(CompletionScript.of(spec.root().commandLine(), exports, imports));
        app.out().flush();
        return ExitCodes.OK;
    }
}
