package org.digitalweek.event.cli.command;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.json.ReleasesJson;
import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.model.ReleaseSummary;

/** {@code digitalweek releases EDITION}: the published releases of an edition. */
@Command(name = "releases")
final class ReleasesCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    int run(Invocation app) {
        List<ReleaseSummary> releases = app.root().publication().releases(new EditionQueryById(edition));
        if (json) {
            ReleasesJson.write(app.bytes(), app.language(), app.root().programme().edition(new EditionQueryById(edition)),
                    releases);
            return ExitCodes.OK;
        }
        if (releases.isEmpty()) {
            app.out().println(app.say("Édition « " + edition + " » : aucune publication.",
                    "Edition '" + edition + "': no release."));
            return ExitCodes.OK;
        }
        PublicEdition view = app.root().programme().edition(new EditionQueryById(edition));
        Table table = new Table("N°", app.say("ÉTIQUETTE", "LABEL"),
                app.say("PUBLIÉE LE", "PUBLISHED AT") + " (" + view.zone().getId() + ")", "SESSIONS", "VERSION");
        for (ReleaseSummary r : releases) {
            table.row(String.valueOf(r.number()), r.label(), Moments.at(r.publishedAt(), view.zone()),
                    String.valueOf(r.sessionCount()), String.valueOf(r.editionVersion()));
        }
        table.lines(app.terminal()).forEach(app.out()::println);
        return ExitCodes.OK;
    }
}
