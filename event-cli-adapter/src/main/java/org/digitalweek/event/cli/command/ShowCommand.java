package org.digitalweek.event.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek show EDITION}: an edition's summary. */
@Command(name = "show")
final class ShowCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Override
    int run(Invocation app) {
        PublicEdition e = app.root().programme().edition(new EditionQueryById(edition));
        String tag = app.language().tag();
        PrintWriter out = app.out();
        for (String line : app.terminal().wrap(e.title().resolve(tag), 0)) {
            out.println(app.terminal().style(line, "1"));
        }
        line(app, app.say("Édition", "Edition"), e.id().value() + " · " + e.series().name().resolve(tag)
                + app.say(" n° ", " no. ") + e.number() + " · " + Words.status(app.language(), e.status())
                + " · version " + e.version());
        line(app, app.say("Thème", "Theme"), e.theme().title().resolve(tag));
        line(app, app.say("Pistes", "Tracks"), e.theme().tracks().stream().map(t -> t.name().resolve(tag))
                .collect(Collectors.joining(", ")));
        line(app, "Dates", e.dates().start() + " → " + e.dates().end() + " (" + e.zone().getId() + ")");
        line(app, app.say("Lieu", "Host"), Words.host(app.language(), e.hostCity(), e.hostCountry()));
        for (Venue venue : e.venues()) {
            line(app, app.say("Site", "Venue"), venue.name().resolve(tag) + " ("
                    + Words.city(app.language(), venue.city()) + ") : "
                    + app.say(Plurals.french(venue.rooms().size(), "salle", "salles"),
                            Plurals.english(venue.rooms().size(), "room", "rooms")));
        }
        for (ParticipationRole role : ParticipationRole.values()) {
            List<String> names = e.participations().stream().filter(p -> p.roles().contains(role))
                    .map(Participation::ministry).map(id -> e.ministry(id).map(m -> name(m, tag)).orElse(id.value()))
                    .toList();
            if (!names.isEmpty()) {
                line(app, capitalised(Words.role(app.language(), role)), String.join(" ; ", names));
            }
        }
        long cancelled = e.sessions().stream().filter(Session::isCancelled).count();
        line(app, app.say("Nombres", "Counts"), e.sessions().size() + app.say(" sessions (", " sessions (")
                + cancelled + app.say(cancelled < 2 ? " annulée), " : " annulées), ", " cancelled), ") + e.officials().size()
                + app.say(" personnes, ", " people, ") + e.ministries().size() + app.say(" ministères", " ministries"));
        e.publishedAt().ifPresent(at -> line(app, app.say("Publiée le", "Published"), at.toString()));
        return ExitCodes.OK;
    }

    private static String name(Ministry ministry, String tag) {
        return ministry.name().resolve(tag) + " (" + ministry.country().code() + ")";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A label and its value; on a terminal, a long value wraps, its continuation under the value. */
    private static void line(Invocation app, String label, String value) {
        app.terminal().wrap(String.format("  %-20s %s", label, value), 23).forEach(app.out()::println);
    }
}
