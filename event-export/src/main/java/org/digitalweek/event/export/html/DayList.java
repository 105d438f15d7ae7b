package org.digitalweek.event.export.html;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;

/**
 * One day as a list: each session in programme order with its title (a link to its page, if it has
 * one), time, room, type, track, languages, abstract, its links ({@link LinkList}), and the people
 * taking part with their roles and the authority they represent. On the
 * later days of a session, only its shortened title, time and place, and a link to its first day.
 */
final class DayList {

    private static final String DOT = " · ";

    private final Markup page;

    DayList(Markup page) {
        this.page = page;
    }

    void write(LocalDate day, List<Session> sessions) throws IOException {
        HtmlWriter html = page.html;
        String headingId = "list-" + day;
        html.open("section", "class", "day", "aria-labelledby", headingId).newline();
        html.element("h3", page.words.day(day), "id", headingId).newline();
        if (sessions.isEmpty()) {
            html.element("p", page.words.noSession()).newline();
        } else {
            html.open("ol", "class", "sessions").newline();
            for (Session session : sessions) {
                item(day, session);
            }
            html.close("ol").newline();
        }
        html.close("section").newline();
    }

    private void item(LocalDate day, Session session) throws IOException {
        HtmlWriter html = page.html;
        html.open("li", page.sessionAttributes(session, "session", Markup.listAnchor(session, day))).newline();
        html.open("h4").open("span", "class", "title");
        boolean continued = ProgrammeDays.continues(session, day);
        LinkList links = new LinkList(page);
        boolean linked = !continued && links.openPage(session);
        page.title(session, continued);
        if (linked) {
            html.close("a");
        }
        html.close("span");
        if (continued) {
            html.text(" (" + page.words.continued() + ")");
        }
        page.badges(session);
        html.close("h4").newline();
        meta(day, session);
        if (continued) { // the summary and the people are on its first day, once
            LocalDate first = session.slot().start().toLocalDate();
            html.open("p", "class", "more").element("a", page.words.seeFirstDay(page.words.day(first)), "href",
                    "#" + Markup.listAnchor(session, first)).close("p").newline();
            html.close("li").newline();
            return;
        }
        if (!session.summary().isEmpty()) {
            html.open("p", "class", "summary");
            page.localized(session.summary());
            html.close("p").newline();
        }
        links.write(session);
        participants(session);
        html.close("li").newline();
    }

    private void meta(LocalDate day, Session session) throws IOException {
        HtmlWriter html = page.html;
        html.open("p", "class", "meta");
        page.slot(session, day);
        html.raw(DOT);
        Optional<Room> room = page.room(session);
        if (room.isPresent()) {
            page.localized(room.get().name());
            html.text(", " + page.venueName(page.venue(room.get())));
            page.provenance(room.get().provenance());
        } else {
            html.text(page.words.noRoom());
        }
        html.raw(DOT).text(page.words.session(session.type()));
        Optional<String> track = session.track().flatMap(page.edition.theme()::track)
                .map(t -> page.texts.get(t.name()));
        if (track.isPresent()) {
            html.raw(DOT).text(page.words.label(page.words.track()) + track.get());
        }
        if (!session.languages().isEmpty()) {
            html.raw(DOT).text(page.words.label(page.words.languages())
                    + String.join(", ", session.languages().stream().map(page.words::languageName).toList()));
        }
        html.close("p").newline();
    }

    private void participants(Session session) throws IOException {
        if (session.participants().isEmpty()) {
            return;
        }
        HtmlWriter html = page.html;
        html.open("ul", "class", "people", "aria-label", page.words.participants()).newline();
        for (Participant participant : session.participants()) {
            Official official = page.official(participant.official());
            html.open("li").element("strong", official.displayName());
            if (!official.postTitle().isEmpty()) {
                html.text(", ");
                page.localized(official.postTitle());
            }
            html.text(" — " + page.words.role(participant.role()));
            if (participant.onBehalfOf().isPresent()) {
                html.text(", " + page.words.onBehalfOf() + " ");
                page.localized(participant.onBehalfOf().get().authority());
            }
            page.provenance(official.provenance());
            html.close("li").newline();
        }
        html.close("ul").newline();
    }
}
