package org.digitalweek.event.export.communique;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.protocol.ProtocolOrder;
import org.digitalweek.event.domain.protocol.ProtocolPlace;

/**
 * One communiqué: reads the facts from the edition, asks the wording for sentences, and lays them
 * out as wrapped paragraphs. Used once.
 */
final class Communique {

    /** How many titles a programme highlight names before it only counts. */
    private static final int TITLES_PER_TYPE = 3;

    private final PublicEdition edition;
    private final ExportContext context;
    private final Wording words;
    private final ReaderLanguage tag;
    private final Notes notes;
    private final Optional<Session> opening;
    private final List<String> lines = new ArrayList<>();

    Communique(PublicEdition edition, ExportContext context) {
        this.edition = edition;
        this.context = context;
        this.tag = context.readerLanguage(edition);
        this.words = tag.pick(new FrenchWording(), new EnglishWording());
        this.notes = new Notes(tag);
        this.opening = edition.programme().stream()
                .filter(s -> s.type() == SessionType.OPENING_CEREMONY && !s.isCancelled()).findFirst();
    }

    /** @return the whole text, {@code "\n"} line ends, a final newline */
    String text() {
        line(words.kicker());
        blank();
        paragraph(edition.title().resolve(tag));
        paragraph(words.themeLine(edition.theme().title().resolve(tag)));
        blank();
        lead();
        themeAndPatronage();
        quotations();
        programme();
        closing();
        List<String> noteLines = notes.lines();
        if (!noteLines.isEmpty()) {
            blank();
            paragraph(words.notesHeading());
            noteLines.forEach(n -> lines.addAll(PlainText.wrap(n, "", "    ")));
        }
        return String.join("\n", lines) + "\n";
    }

    private void lead() {
        String series = edition.series().name().resolve(tag);
        if (opening.isEmpty()) {
            paragraph(words.held(edition.number(), series, edition.hostCity()));
            blank();
            return;
        }
        Session s = opening.get();
        String mark = notes.mark(s.provenance());
        // Hours are what a programme invents first: an illustrative session's are never stated.
        String times = s.provenance().isIllustrative() ? ""
                : words.hours(s.slot().start().toLocalTime(), s.slot().end().toLocalTime());
        String day = words.date(s.slot().start().toLocalDate()) + (times.isEmpty() ? mark : "");
        String lead = words.opened(edition.number(), series, day, times.isEmpty() ? "" : times + mark, place(s));

        List<ProtocolPlace> order = ProtocolOrder.speakingOrder(edition, s);
        List<Person> presiding = order.stream().filter(ProtocolPlace::presides).map(this::person).toList();
        List<Person> presence = order.stream().filter(p -> !p.presides()).map(this::person).toList();
        if (!presiding.isEmpty() || !presence.isEmpty()) {
            lead += " " + words.presided(presiding, presence);
        }
        paragraph(lead);
        blank();
    }

    private String place(Session s) {
        Optional<Room> room = s.room().flatMap(edition::room);
        Optional<Venue> venue = s.room().flatMap(edition::venueOf);
        Optional<String> city = venue.flatMap(Venue::city).or(edition::hostCity);
        String roomName = room.map(r -> r.name().resolve(tag) + notes.mark(r.provenance())).orElse("");
        String venueName = venue.map(v -> v.name().resolve(tag) + v.shortName().map(n -> " (" + n + ")").orElse("")
                + notes.mark(v.provenance())).orElse("");
        return words.place(city, roomName, venueName);
    }

    private Person person(ProtocolPlace place) {
        return person(place.official(), place.onBehalfOf().map(m -> m.authority().resolve(tag)), true);
    }

    /** The country is named for a guest only, and only when the post does not name it already. */
    private Person person(Official official, Optional<String> onBehalfOf, boolean withCountry) {
        String post = official.postTitle().resolve(tag);
        Optional<Ministry> ministry = official.ministry().flatMap(edition::ministry)
                .filter(m -> withCountry && !edition.hostCountry().filter(m.country()::equals).isPresent());
        String country = ministry.map(m -> m.country().name().resolve(tag)).filter(c -> !post.contains(c))
                .map(c -> c + notes.mark(ministry.orElseThrow().provenance())).orElse("");
        return new Person(official.displayName() + notes.mark(official.provenance()), post, country, onBehalfOf);
    }

    private void themeAndPatronage() {
        String text = words.theme(edition.theme().title().resolve(tag));
        List<Wording.Patron> patrons = new ArrayList<>();
        for (Ministry m : edition.ministriesWith(ParticipationRole.PATRON)) {
            Optional<Official> official = edition.officials().stream()
                    .filter(o -> o.ministry().filter(m.id()::equals).isPresent())
                    .min(Comparator.comparing(Official::precedence));
            String ministry = m.name().resolve(tag) + ", " + m.country().name().resolve(tag) + notes.mark(m.provenance());
            patrons.add(new Wording.Patron(official.map(o -> person(o, Optional.empty(), false)), ministry));
        }
        if (!patrons.isEmpty()) {
            text += " " + words.patronage(patrons);
        }
        paragraph(text);
        blank();
    }

    /** Reported statements only, in protocol speaking order: a quotation is never invented. */
    private void quotations() {
        if (opening.isEmpty()) {
            return;
        }
        Session s = opening.get();
        List<Statement> reported = s.statements().stream().filter(st -> !st.provenance().isIllustrative()).toList();
        if (reported.isEmpty()) {
            return;
        }
        List<ProtocolPlace> order = ProtocolOrder.speakingOrder(edition, s);
        List<Statement> ordered = new ArrayList<>();
        order.forEach(p -> reported.stream().filter(st -> st.speaker().equals(p.official().id())).forEach(ordered::add));
        reported.stream().filter(st -> !ordered.contains(st)).forEach(ordered::add); // speakers outside the order
        paragraph(words.quotationsHeading());
        blank();
        for (Statement st : ordered) {
            Official speaker = edition.official(st.speaker()).orElseThrow();
            boolean sameLanguage = primary(st.language()).equals(words.tag());
            String language = sameLanguage ? "" : words.languageName(st.language());
            paragraph(words.quotation(st.text().strip(), language, person(speaker, Optional.empty(), true)));
            blank();
        }
    }

    private void programme() {
        Map<SessionType, List<Session>> byType = new EnumMap<>(SessionType.class);
        for (Session s : edition.programme()) {
            if (!s.isCancelled() && s.type() != SessionType.BREAK && !opening.filter(s::equals).isPresent()) {
                byType.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s);
            }
        }
        if (byType.isEmpty()) {
            return;
        }
        LocalDate first = opening.map(s -> s.slot().start().toLocalDate()).orElse(edition.dates().start());
        Optional<String> lastDay = edition.dates().end().isAfter(first)
                ? Optional.of(words.date(edition.dates().end()) + notes.mark(edition.provenance())) : Optional.empty();
        paragraph(words.programmeHeading(lastDay));
        byType.forEach((type, sessions) -> {
            List<String> titles = sessions.stream().limit(TITLES_PER_TYPE).map(this::highlightTitle).toList();
            String label = words.typeLabel(type, sessions.size());
            String text = sessions.size() <= TITLES_PER_TYPE && titles.stream().allMatch(t -> startsWith(t, label))
                    ? words.titles(titles)
                    : words.highlight(label, sessions.size(), titles);
            lines.addAll(PlainText.wrap(text, "- ", "  "));
        });
        blank();
    }

    /** A reported session with its day; an illustrative one with its mark and no day, time or room. */
    private String highlightTitle(Session s) {
        String title = s.title().resolve(tag);
        return s.provenance().isIllustrative() ? title + notes.mark(s.provenance())
                : title + " (" + words.shortDate(s.slot().start().toLocalDate()) + ")";
    }

    private void closing() {
        LocalDate today = context.clock().instant().atZone(edition.zone()).toLocalDate();
        paragraph(words.dateline(edition.hostCity(), today));
        for (Ministry host : edition.ministriesWith(ParticipationRole.HOST)) {
            paragraph(host.name().resolve(tag));
        }
        blank();
        paragraph(words.end());
    }

    /** Whether a title already says its type ("Panel de haut niveau…" is a panel), so the label would repeat it. */
    private static boolean startsWith(String title, String label) {
        return title.regionMatches(true, 0, label, 0, label.length());
    }

    private static String primary(String languageTag) {
        return LanguageTags.canonical(languageTag).orElse(languageTag).split("-", 2)[0];
    }

    private void paragraph(String text) {
        lines.addAll(PlainText.wrap(text, "", ""));
    }

    private void line(String text) {
        lines.add(text);
    }

    private void blank() {
        lines.add("");
    }
}
