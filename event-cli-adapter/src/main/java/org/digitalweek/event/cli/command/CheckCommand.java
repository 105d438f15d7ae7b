package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.rules.CheckReport;

/** {@code digitalweek check EDITION}: what the programme rules find, grouped by severity. */
@Command(name = "check", description = {"Check an edition's programme against the rules: rooms or people booked "
        + "twice, sessions outside the edition's dates, rooms over capacity, speaking order against protocol, "
        + "sessions without a room.",
    "Findings are grouped by severity (ERROR, WARNING, INFO); an ERROR stops publication. "
        + "Exit code 1 when there is an ERROR, else 0."},
        footer = {"  0  no ERROR (warnings and information may remain)", "  1  an ERROR was found",
            HelpText.USAGE, HelpText.FAILURE,
            "", "Examples:", "  digitalweek check snm-2026",
            "  digitalweek check snm-2026 --lang en || echo 'fix the errors first'"})
final class CheckCommand extends BaseCommand {

    @Parameters(paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Override
    int run(Invocation app) {
        CheckReport report = app.root().programme().check(new EditionQueryById(edition));
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
