package org.digitalweek.event.export.html;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;

/**
 * One day as a table: a row per start time, a column per room in use that day (and one for
 * sessions whose room is not chosen yet). Sessions begun on an earlier day come first, in a row of
 * their own. Each session links to its entry in the list.
 */
final class DayGrid {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Markup page;

    DayGrid(Markup page) {
        this.page = page;
    }

    void write(LocalDate day, List<Session> sessions) throws IOException {
        HtmlWriter html = page.html;
        String dayName = page.words.day(day);
        String headingId = "grid-" + day;
        html.open("section", "class", "day", "aria-labelledby", headingId).newline();
        html.element("h3", dayName, "id", headingId).newline();
        if (sessions.isEmpty()) {
            html.element("p", page.words.noSession()).newline().close("section").newline();
            return;
        }
        List<Optional<Room>> columns = columns(sessions);
        html.open("div", "class", "scroll", "role", "region", "tabindex", "0", "aria-labelledby", headingId).newline();
        html.open("table", "class", "grid").newline();
        html.element("caption", page.words.gridCaption(dayName)).newline();
        header(columns);
        html.open("tbody").newline();
        for (Map.Entry<LocalTime, Map<Optional<Room>, List<Session>>> row : rows(day, sessions).entrySet()) {
            row(day, row.getKey(), row.getValue(), columns);
        }
        html.close("tbody").newline().close("table").newline().close("div").newline();
        html.close("section").newline();
    }

    private List<Optional<Room>> columns(List<Session> sessions) {
        List<Optional<Room>> columns = new ArrayList<>();
        for (Room room : page.edition.rooms()) {
            if (sessions.stream().anyMatch(s -> s.room().filter(room.id()::equals).isPresent())) {
                columns.add(Optional.of(room));
            }
        }
        if (sessions.stream().anyMatch(s -> s.room().isEmpty())) {
            columns.add(Optional.empty());
        }
        return columns;
    }

    private Map<LocalTime, Map<Optional<Room>, List<Session>>> rows(LocalDate day, List<Session> sessions) {
        Map<LocalTime, Map<Optional<Room>, List<Session>>> rows = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Session session : sessions) {
            LocalTime key = session.slot().start().toLocalDate().equals(day)
                    ? session.slot().start().toLocalTime() : null; // begun earlier: first row
            rows.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(page.room(session), r -> new ArrayList<>()).add(session);
        }
        return rows;
    }

    private void header(List<Optional<Room>> columns) throws IOException {
        HtmlWriter html = page.html;
        boolean manyVenues = page.edition.venues().size() > 1;
        html.open("thead").open("tr").element("th", page.words.start(), "scope", "col");
        for (Optional<Room> column : columns) {
            html.open("th", "scope", "col");
            if (column.isPresent()) {
                page.localized(column.get().name());
                page.provenance(column.get().provenance());
                if (manyVenues) {
                    html.element("span", page.venueName(page.venue(column.get())), "class", "venue");
                }
            } else {
                html.text(page.words.noRoom());
            }
            html.close("th");
        }
        html.close("tr").close("thead").newline();
    }

    private void row(LocalDate day, LocalTime start, Map<Optional<Room>, List<Session>> cells,
                     List<Optional<Room>> columns) throws IOException {
        HtmlWriter html = page.html;
        html.open("tr").open("th", "scope", "row");
        if (start == null) {
            html.text(page.words.continuing());
        } else {
            html.element("time", start.format(TIME));
        }
        html.close("th");
        for (Optional<Room> column : columns) {
            html.open("td");
            for (Session session : cells.getOrDefault(column, List.of())) {
                cell(day, session);
            }
            html.close("td");
        }
        html.close("tr").newline();
    }

    private void cell(LocalDate day, Session session) throws IOException {
        HtmlWriter html = page.html;
        html.open("div", page.sessionAttributes(session, "cell-session", null));
        page.slot(session, day);
        html.raw(" ").open("a", "class", "title", "href", "#" + Markup.listAnchor(session, day));
        page.title(session, ProgrammeDays.continues(session, day));
        html.close("a");
        page.badges(session);
        html.raw(" ").element("span", "(" + page.words.session(session.type()) + ")", "class", "kind");
        html.close("div");
    }
}
