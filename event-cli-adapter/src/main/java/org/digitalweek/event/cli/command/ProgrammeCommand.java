package org.digitalweek.event.cli.command;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.json.ProgrammeJson;
import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.Table;
import org.digitalweek.event.cli.text.Terminal;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek programme EDITION}: the programme as a table, day by day. */
@Command(name = "programme", aliases = "program")
final class ProgrammeCommand extends BaseCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = "--day", paramLabel = "DATE", converter = DateOption.class)
    WrittenMoment day;

    @Option(names = "--room", paramLabel = "${bundle:label.room}")
    String room;

    @Option(names = "--track", paramLabel = "${bundle:label.track}")
    String track;

    @Option(names = "--person", paramLabel = "${bundle:label.person}")
    String person;

    @Option(names = "--json", description = "Print one JSON document instead of the table (docs/cli-json.md).")
    boolean json;

    @Override
    int run(Invocation app) {
        LocalDate onlyDay = day == null ? null : day.date(this, "--day", new MomentExamples(app, edition));
        ProgrammeQuery query = new ProgrammeQuery(edition, onlyDay, room, track, person);
        List<Session> sessions = app.root().programme().programme(query);
        PublicEdition view = app.root().programme().edition(new EditionQueryById(edition));
        if (json) {
            ProgrammeJson.write(app.bytes(), app.language(), query, view, sessions);
            return ExitCodes.OK;
        }
        Language language = app.language();
        String tag = language.tag();
        Terminal terminal = app.terminal();
        app.out().println(terminal.style(terminal.oneLine(view.title().resolve(tag)), "1") + " — "
                + terminal.oneLine(view.theme().title().resolve(tag)));
        app.out().println(terminal.oneLine(Words.host(language, view.hostCity(), view.hostCountry())) + " · "
                + view.zone().getId());
        if (sessions.isEmpty()) {
            app.out().println();
            app.out().println(app.say("Aucune session.", "No session."));
            return ExitCodes.OK;
        }
        Table table = new Table(app.say("HEURE", "TIME"), app.say("SALLE", "ROOM"), app.say("NATURE", "KIND"),
                app.say("TITRE", "TITLE"));
        boolean illustrative = false;
        for (Session s : sessions) {
            illustrative |= s.provenance().isIllustrative();
            table.row(time(s), s.room().flatMap(view::room).map(Room::name).map(n -> n.resolve(tag)).orElse("—"),
                    Words.type(language, s.type()), title(app, s));
        }
        List<String> lines = table.lines(app.terminal());
        List<String> printed = new ArrayList<>();
        LocalDate current = null;
        for (int i = 0; i < sessions.size(); i++) {
            // With --day, a session that began earlier (an exhibition) is listed under the day asked for.
            LocalDate start = onlyDay != null ? onlyDay : sessions.get(i).slot().start().toLocalDate();
            if (!start.equals(current)) {
                current = start;
                printed.add("");
                printed.add(app.terminal().style(start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                        language.locale())), "1;4"));
                printed.add(lines.get(0));
            }
            printed.add(lines.get(i + 1));
        }
        printed.forEach(app.out()::println);
        if (illustrative) {
            app.out().println();
            app.out().println(app.say("* élément illustratif : la source ne le précise pas",
                    "* illustrative item: not given by the source"));
        }
        return ExitCodes.OK;
    }

    private static String time(Session s) {
        boolean sameDay = s.slot().end().toLocalDate().equals(s.slot().start().toLocalDate());
        return s.slot().start().format(TIME) + "–"
                + s.slot().end().format(sameDay ? TIME : DateTimeFormatter.ofPattern("d/MM HH:mm"));
    }

    private static String title(Invocation app, Session s) {
        String title = s.title().resolve(app.language().tag());
        if (s.isCancelled()) {
            title = title + app.say(" (annulée)", " (cancelled)");
        }
        return title + (s.provenance().isIllustrative() ? " *" : "");
    }
}
