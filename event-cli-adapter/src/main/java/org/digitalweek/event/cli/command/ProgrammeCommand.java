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
import org.digitalweek.event.cli.text.VisibleControls;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek programme EDITION}: the programme as a table, day by day. */
@Command(name = "programme", aliases = "program")
final class ProgrammeCommand extends BaseCommand {

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

    @Option(names = "--json", descriptionKey = "json")
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
        headline(terminal, view.title().resolve(tag), view.theme().title().resolve(tag)).forEach(app.out()::println);
        terminal.wrap(Words.host(language, view.hostCity(), view.hostCountry()) + " · " + view.zone().getId(), 2)
                .forEach(app.out()::println);
        if (sessions.isEmpty()) {
            app.out().println();
            app.out().println(app.say("Aucune session.", "No session."));
            return ExitCodes.OK;
        }
        Table table = new Table(app.say("HEURE", "TIME"), app.say("SALLE", "ROOM"), app.say("NATURE", "KIND"),
                app.say("TITRE", "TITLE")).shortening(1, 2).folding(0);
        boolean illustrative = false;
        for (Session s : sessions) {
            illustrative |= s.provenance().isIllustrative();
            table.row(time(terminal, s, language), s.room().flatMap(view::room).map(Room::name).map(n -> n.resolve(tag)).orElse("—"),
                    Words.type(language, s.type()), title(app, s));
        }
        List<List<String>> rows = table.rows(terminal);
        List<String> printed = new ArrayList<>();
        LocalDate current = null;
        for (int i = 0; i < sessions.size(); i++) {
            // With --day, a session that began earlier (an exhibition) is listed under the day asked for.
            LocalDate start = onlyDay != null ? onlyDay : sessions.get(i).slot().start().toLocalDate();
            if (!start.equals(current)) {
                current = start;
                printed.add("");
                String heading = start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale()));
                printed.add(terminal.style(Table.fit(heading, terminal.width()), "1;4"));
                printed.addAll(rows.get(0));
            }
            printed.addAll(rows.get(i + 1));
        }
        printed.forEach(app.out()::println);
        if (illustrative) {
            app.out().println();
            app.out().println(app.say("* élément illustratif : la source ne le précise pas",
                    "* illustrative item: not given by the source"));
        }
        return ExitCodes.OK;
    }

    /**
     * On a terminal, a slot that ends on another day may break after its arrow only
     * ({@code 12:00 →} then {@code mer. 4 févr. 18:00}): no-break spaces, which look the same, keep the end together.
     */
    private static String time(Terminal terminal, Session s, Language language) {
        String time = Moments.times(s.slot(), language);
        int arrow = time.indexOf(" → ");
        return terminal.isTerminal() && arrow > 0
                ? time.substring(0, arrow + 3) + time.substring(arrow + 3).replace(' ', '\u00a0') : time;
    }

    /**
     * The edition's title in bold, a dash and its theme; on a terminal, broken at spaces into lines
     * that fit, the title in bold on each line it reaches.
     */
    private static List<String> headline(Terminal terminal, String title, String theme) {
        String full = title + " — " + theme;
        String shown = terminal.isTerminal() ? VisibleControls.escape(terminal.oneLine(full)) : full;
        int titleEnd = terminal.isTerminal() ? VisibleControls.escape(terminal.oneLine(title)).length() : title.length();
        List<String> lines = new ArrayList<>();
        int at = 0;
        for (String line : terminal.wrap(full, 0)) {
            at = shown.indexOf(line, at); // each line is a piece of the whole, in order
            int bold = Math.max(0, Math.min(line.length(), titleEnd - at));
            lines.add((bold > 0 ? terminal.style(line.substring(0, bold), "1") : "") + line.substring(bold));
            at += line.length();
        }
        return lines;
    }

    private static String title(Invocation app, Session s) {
        String title = s.title().resolve(app.language().tag());
        if (s.isCancelled()) {
            title = title + app.say(" (annulée)", " (cancelled)");
        }
        return title + (s.provenance().isIllustrative() ? " *" : "");
    }
}
