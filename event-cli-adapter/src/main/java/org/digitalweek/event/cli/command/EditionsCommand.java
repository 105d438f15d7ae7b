package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;

/** {@code digitalweek editions}: the editions in the store. */
@Command(name = "editions", description = "List the editions in the store, by series and number.",
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE, "",
            "Example: digitalweek editions --store jdbc:sqlite:week.db"})
final class EditionsCommand extends BaseCommand {

    @Override
    int run(Invocation app) {
        Table table = new Table(app.say("ÉDITION", "EDITION"), app.say("SÉRIE", "SERIES"), "N°",
                app.say("DATES", "DATES"), app.say("VILLE", "CITY"), app.say("ÉTAT", "STATUS"),
                app.say("SESSIONS", "SESSIONS"), app.say("TITRE", "TITLE"));
        table.shortening(1, 4, 5);
        for (EditionSummary e : app.root().programme().editions(EditionQuery.ALL)) {
            table.row(e.id().value(), e.series().value(), String.valueOf(e.number()),
                    e.dates().start() + " → " + e.dates().end(),
                    Words.hostWithCode(app.language(), e.hostCity(), e.hostCountry()),
                    Words.status(app.language(), e.status()), String.valueOf(e.sessionCount()),
                    e.title().resolve(app.language().tag()));
        }
        if (table.isEmpty()) {
            app.out().println(app.say("Aucune édition dans le stockage.", "No edition in the store."));
        } else {
            table.lines(app.terminal()).forEach(app.out()::println);
        }
        return ExitCodes.OK;
    }
}
