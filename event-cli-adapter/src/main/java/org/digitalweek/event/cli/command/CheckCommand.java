package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.json.CheckJson;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.rules.CheckReport;

/** {@code digitalweek check EDITION}: what the programme rules find, grouped by severity. */
@Command(name = "check")
final class CheckCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    int run(Invocation app) {
        CheckReport report = app.root().programme().check(new EditionQueryById(edition));
        if (json) {
            CheckJson.write(app.bytes(), app.language(), app.root().programme().edition(new EditionQueryById(edition)),
                    report);
            return report.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
        FindingLines.groups(app, report).forEach(app.out()::println);
        String verdict;
        if (report.isClean()) {
            verdict = app.say("aucun problème, le programme peut être publié",
                    "no problem, the programme can be published");
        } else if (report.hasErrors()) {
            verdict = app.say("publication impossible tant que les erreurs restent",
                    "it cannot be published while the errors stand");
        } else {
            verdict = app.say("le programme peut être publié", "the programme can be published");
        }
        app.terminal().wrap(edition + app.say(" : ", ": ") + FindingLines.counts(app, report) + " — " + verdict + ".", 2)
                .forEach(app.out()::println);
        return report.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
