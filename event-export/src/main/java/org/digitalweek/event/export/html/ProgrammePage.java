package org.digitalweek.event.export.html;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Track;

/**
 * The whole page, in document order: head with the security policy and the style sheet, header,
 * navigation, filters, grid, list, footer with the notes, then the script.
 */
final class ProgrammePage {

    private final Markup page;
    private final HtmlWriter html;
    private final Words words;
    private final PublicEdition edition;
    private final Map<LocalDate, List<Session>> days;

    ProgrammePage(Markup page) {
        this.page = page;
        this.html = page.html;
        this.words = page.words;
        this.edition = page.edition;
        this.days = ProgrammeDays.of(edition).byDay();
    }

    void write(String htmlLanguage, Instant generatedAt) throws IOException {
        html.raw("<!DOCTYPE html>").newline().open("html", "lang", htmlLanguage).newline();
        head();
        html.open("body").newline();
        html.element("a", words.skipLink(), "class", "skip", "href", "#main").newline();
        header();
        nav();
        html.open("main", "id", "main", "tabindex", "-1").newline();
        filters();
        views();
        html.close("main").newline();
        footer(generatedAt);
        html.open("script").raw(PageAssets.SCRIPT).close("script").newline();
        html.close("body").newline().close("html").newline();
    }

    private void head() throws IOException {
        html.open("head").newline();
        html.open("meta", "charset", "utf-8").newline();
        html.open("meta", "http-equiv", "Content-Security-Policy", "content", PageAssets.CONTENT_SECURITY_POLICY)
                .newline();
        html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.open("meta", "name", "referrer", "content", "no-referrer").newline();
        html.element("title", words.programme() + " — " + page.texts.get(edition.title())).newline();
        html.open("style").raw(PageAssets.STYLE).close("style").newline();
        html.close("head").newline();
    }

    private void header() throws IOException {
        html.open("header", "class", "masthead").newline();
        html.open("h1");
        page.localized(edition.title());
        html.close("h1").newline();
        html.open("p", "class", "theme").text(words.label(words.theme()));
        page.localized(edition.theme().title());
        html.close("p").newline();
        if (!edition.theme().description().isEmpty()) {
            html.open("p");
            page.localized(edition.theme().description());
            html.close("p").newline();
        }
        html.open("p", "class", "when");
        dates(edition.dates());
        page.provenance(edition.provenance());
        String host = Stream.concat(edition.hostCity().stream(),
                edition.hostCountry().map(c -> page.texts.get(c.name())).stream()).collect(Collectors.joining(", "));
        if (!host.isEmpty()) { // a city or country not given is not named
            html.text(" · " + host);
        }
        html.close("p").newline();
        html.element("p", words.label(words.localTimes()) + edition.zone().getId()).newline();
        ministries();
        html.close("header").newline();
    }

    private void dates(DateRange dates) throws IOException {
        boolean sameYear = dates.start().getYear() == dates.end().getYear();
        boolean oneDay = dates.start().equals(dates.end());
        html.element("time", oneDay || !sameYear ? words.day(dates.start()) : words.dayWithoutYear(dates.start()),
                "datetime", dates.start().toString());
        if (!oneDay) {
            html.raw(" – ").element("time", words.day(dates.end()), "datetime", dates.end().toString());
        }
    }

    private void ministries() throws IOException {
        if (edition.participations().isEmpty()) {
            return;
        }
        html.open("dl", "class", "ministries").newline();
        for (ParticipationRole role : ParticipationRole.values()) {
            List<Ministry> ministries = edition.ministriesWith(role);
            if (ministries.isEmpty()) {
                continue;
            }
            html.element("dt", words.participation(role, ministries.size() > 1)).newline();
            for (Ministry ministry : ministries) {
                html.open("dd");
                page.localized(ministry.name());
                if (ministry.acronym().isPresent()) {
                    html.text(" (" + ministry.acronym().get() + ")");
                }
                html.text(", " + page.texts.get(ministry.country().name()));
                page.provenance(ministry.provenance());
                html.close("dd").newline();
            }
        }
        html.close("dl").newline();
    }

    private void nav() throws IOException {
        html.open("nav", "aria-label", words.contents()).newline().open("ul").newline();
        navGroup("grid", words.gridHeading());
        navGroup("list", words.listHeading());
        html.close("ul").newline().close("nav").newline();
    }

    private void navGroup(String prefix, String heading) throws IOException {
        html.open("li").element("a", heading, "href", "#" + prefix).open("ul");
        for (LocalDate day : days.keySet()) {
            html.open("li").element("a", words.day(day), "href", "#" + prefix + "-" + day).close("li");
        }
        html.close("ul").close("li").newline();
    }

    private void filters() throws IOException {
        html.open("form", "id", "filters", "class", "filters", "hidden", "hidden").newline();
        html.open("fieldset").element("legend", words.filters()).newline();
        select("track", words.track(), words.allTracks(), edition.theme().tracks().stream()
                .filter(t -> edition.sessions().stream().anyMatch(s -> s.track().filter(t.id()::equals).isPresent()))
                .map(t -> new String[] {t.id().value(), page.texts.get(t.name())}).toList());
        select("type", words.type(), words.allTypes(), Arrays.stream(SessionType.values())
                .filter(type -> edition.sessions().stream().anyMatch(s -> s.type() == type))
                .map(type -> new String[] {type.name(), words.session(type)}).toList());
        select("lang", words.language(), words.allLanguages(), edition.sessions().stream()
                .flatMap(s -> s.languages().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .stream().map(tag -> new String[] {tag, words.languageName(tag)}).toList());
        html.element("button", words.showAll(), "type", "button", "id", "filter-reset").newline();
        html.close("fieldset").newline();
        html.element("p", "", "id", "filter-status", "class", "status", "role", "status",
                "data-template", words.shownTemplate()).newline();
        html.close("form").newline();
    }

    private void select(String name, String label, String all, List<String[]> options) throws IOException {
        String id = "filter-" + name;
        html.open("label", "for", id).text(label).open("select", "id", id, "name", name).newline();
        html.element("option", all, "value", "").newline();
        for (String[] option : options) {
            html.element("option", option[1], "value", option[0]).newline();
        }
        html.close("select").close("label").newline();
    }

    private void views() throws IOException {
        html.open("section", "id", "grid", "aria-labelledby", "grid-title").newline();
        html.element("h2", words.gridHeading(), "id", "grid-title").newline();
        DayGrid grid = new DayGrid(page);
        for (Map.Entry<LocalDate, List<Session>> day : days.entrySet()) {
            grid.write(day.getKey(), day.getValue());
        }
        html.close("section").newline();
        html.open("section", "id", "list", "aria-labelledby", "list-title").newline();
        html.element("h2", words.listHeading(), "id", "list-title").newline();
        DayList list = new DayList(page);
        for (Map.Entry<LocalDate, List<Session>> day : days.entrySet()) {
            list.write(day.getKey(), day.getValue());
        }
        html.close("section").newline();
    }

    private void footer(Instant generatedAt) throws IOException {
        html.open("footer").newline();
        List<String> notes = page.notes.inOrder();
        if (!notes.isEmpty()) {
            html.open("section", "id", "notes", "aria-labelledby", "notes-title").newline();
            html.element("h2", words.notes(), "id", "notes-title").newline();
            html.element("p", words.notesIntro()).newline().open("ol").newline();
            for (int i = 0; i < notes.size(); i++) {
                html.element("li", notes.get(i), "id", "note-" + (i + 1)).newline();
            }
            html.close("ol").newline().close("section").newline();
        }
        String stamp = words.stamp(Objects.requireNonNull(generatedAt).atZone(edition.zone()).toLocalDateTime());
        html.element("p", words.generated(stamp, edition.zone().getId())).newline();
        html.close("footer").newline();
    }
}
