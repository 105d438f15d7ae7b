package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.digitalweek.event.cli.json.EditionsJson;
import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;

/** {@code digitalweek editions}: the editions in the store. */
@Command(name = "editions")
final class EditionsCommand extends BaseCommand {

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    int run(Invocation app) {
        if (json) {
            EditionsJson.write(app.bytes(), app.language(), app.root().programme().editions(EditionQuery.ALL));
            return ExitCodes.OK;
        }
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
