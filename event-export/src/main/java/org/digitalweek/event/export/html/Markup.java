package org.digitalweek.event.export.html;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Venue;

/**
 * What the parts of the page share: the writer, the words, the texts, the footnotes, lookups built
 * once for the edition, and the small pieces of markup every view of a session uses.
 */
final class Markup {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MACHINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    final HtmlWriter html;
    final Words words;
    final Texts texts;
    final Notes notes = new Notes();
    final PublicEdition edition;
    private final Map<RoomId, Room> rooms;
    private final Map<RoomId, Venue> venues;
    private final Map<OfficialId, Official> officials;

    Markup(HtmlWriter html, Words words, Texts texts, PublicEdition edition) {
        this.html = html;
        this.words = words;
        this.texts = texts;
        this.edition = edition;
        this.rooms = edition.rooms().stream().collect(Collectors.toMap(Room::id, Function.identity()));
        this.venues = edition.venues().stream().flatMap(v -> v.rooms().stream().map(r -> Map.entry(r.id(), v)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.officials = edition.officials().stream().collect(Collectors.toMap(Official::id, Function.identity()));
    }

    Optional<Room> room(Session session) {
        return session.room().map(rooms::get);
    }

    Venue venue(Room room) {
        return venues.get(room.id());
    }

    Official official(OfficialId id) {
        return officials.get(id);
    }

    /** @return the venue's short name, else its name */
    String venueName(Venue venue) {
        return venue.shortName().orElseGet(() -> texts.get(venue.name()));
    }

    /** Writes a text, inside {@code <span lang>} when it is not in the page's language. */
    void localized(LocalizedText text) throws IOException {
        Optional<String> foreign = texts.foreignTag(text);
        if (foreign.isPresent()) {
            html.element("span", texts.get(text), "lang", foreign.get());
        } else {
            html.text(texts.get(text));
        }
    }

    /**
     * Writes a session's title: whole, or shortened on a later day of the session
     * ({@link ProgrammeDays#continuedTitle}), so that a long session costs each later day little.
     */
    void title(Session session, boolean continued) throws IOException {
        if (!continued) {
            localized(session.title());
            return;
        }
        Optional<String> foreign = texts.foreignTag(session.title());
        String shortened = ProgrammeDays.continuedTitle(texts.get(session.title()));
        if (foreign.isPresent()) {
            html.element("span", shortened, "lang", foreign.get());
        } else {
            html.text(shortened);
        }
    }

    /** Writes the "illustrative" badge with its note as a title and as a footnote, for illustrative items. */
    void provenance(Provenance provenance) throws IOException {
        if (provenance instanceof Provenance.Illustrative illustrative) {
            String note = texts.get(illustrative.note());
            int number = notes.number(note);
            html.element("span", words.illustrative(), "class", "badge illustrative", "title", note);
            html.open("sup").open("a", "href", "#note-" + number, "aria-label", words.note() + " " + number)
                    .text(Integer.toString(number)).close("a").close("sup");
        }
    }

    /** Writes the badges of a session's status and provenance. */
    void badges(Session session) throws IOException {
        if (session.status() == SessionStatus.CANCELLED) {
            html.element("span", words.cancelled(), "class", "badge cancelled");
        } else if (session.status() == SessionStatus.TENTATIVE) {
            html.element("span", words.tentative(), "class", "badge tentative");
        }
        provenance(session.provenance());
    }

    /** @return the attributes the filter script reads, plus the element's class */
    String[] sessionAttributes(Session session, String cssClass, String id) {
        String classes = session.isCancelled() ? cssClass + " cancelled" : cssClass;
        return new String[] {"id", id, "class", classes, "data-session", session.id().value(),
            "data-track", session.track().map(t -> t.value()).orElse(""), "data-type", session.type().name(),
            "data-lang", String.join(" ", session.languages())};
    }

    /** Writes when the session takes place, as seen on {@code day}. */
    void slot(Session session, LocalDate day) throws IOException {
        LocalDateTime start = session.slot().start();
        LocalDateTime end = session.slot().end();
        html.open("span", "class", "time");
        moment(start, !start.toLocalDate().equals(day));
        html.raw(start.toLocalDate().equals(end.toLocalDate()) ? "–" : " – ");
        moment(end, !end.toLocalDate().equals(start.toLocalDate()));
        html.close("span");
    }

    private void moment(LocalDateTime time, boolean withDay) throws IOException {
        String shown = withDay ? time.format(words.shortDayFormat()) + " " + time.format(TIME) : time.format(TIME);
        html.element("time", shown, "datetime", time.format(MACHINE_TIME));
    }

    /** @return the anchor of the session's entry in the list of {@code day} */
    static String listAnchor(Session session, LocalDate day) {
        return "s-" + session.id().value() + "-" + day;
    }
}
