package org.digitalweek.event.cli.command;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.port.in.FormatDescription;

/**
 * {@code digitalweek completion}: the shell completion script of the whole command tree, made from
 * the commands themselves ({@link CompletionScript}), so it never lags behind them: commands, options,
 * and their values (formats, languages, editions, sessions, rooms, people, tracks, time zones, types
 * and roles). The script is code, the same in every language: picocli names its shell variables after
 * the parameter labels, and a French label ({@code RÔLE}) is no bash identifier.
 */
@Command(name = "completion")
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
        // The last use of the tree in this run: its labels may change language.
        CommandLine root = spec.root().commandLine().setResourceBundle(HelpBundle.in(Language.EN));
        app.out().print(CompletionScript.of(root, exports, imports));
        app.out().flush();
        return ExitCodes.OK;
    }
}
