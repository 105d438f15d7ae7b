package org.digitalweek.event.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;

/** Prints an edition's programme as plain text, one line per session, grouped by day. */
final class ProgrammeTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String language;

    ProgrammeTable(String language) {
        this.language = language;
    }

    void print(PublicEdition edition, List<Session> sessions, PrintStream out) {
        Locale locale = Locale.forLanguageTag(language);
        out.println(edition.title().resolve(language) + " — " + edition.theme().title().resolve(language));
        out.println(edition.hostCity() + ", " + edition.hostCountry().name().resolve(language) + " · "
                + edition.zone().getId());
        LocalDate day = null;
        boolean illustrative = false;
        for (Session session : sessions) {
            LocalDate start = session.slot().start().toLocalDate();
            if (!start.equals(day)) {
                day = start;
                out.println();
                out.println(day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)));
            }
            illustrative |= session.provenance().isIllustrative();
            out.println(line(edition, session));
        }
        if (illustrative) {
            out.println();
            out.println(language.startsWith("fr")
                    ? "* élément illustratif : la source ne le précise pas"
                    : "* illustrative item: not given by the source");
        }
    }

    private String line(PublicEdition edition, Session session) {
        String end = session.slot().end().toLocalDate().equals(session.slot().start().toLocalDate())
                ? session.slot().end().format(TIME)
                : session.slot().end().format(DateTimeFormatter.ofPattern("d/MM HH:mm"));
        String room = session.room().flatMap(edition::room).map(Room::name).map(n -> n.resolve(language)).orElse("—");
        return String.format("  %s–%-11s %-36s %-17s %s%s%s", session.slot().start().format(TIME), end,
                truncate(room, 36), session.type(), session.title().resolve(language),
                session.isCancelled() ? (language.startsWith("fr") ? " (annulée)" : " (cancelled)") : "",
                session.provenance().isIllustrative() ? " *" : "");
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
