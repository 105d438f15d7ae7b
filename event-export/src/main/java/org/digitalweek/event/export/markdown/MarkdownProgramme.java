package org.digitalweek.event.export.markdown;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.export.labels.FormatLabels;

/**
 * The document, in order: title, theme, dates and place, ministries, one section per day with a
 * line per session (a session spanning days is listed on its first day, with its end; its title
 * links to its page and its links follow, when it has them), then the
 * footnotes of illustrative items and the time of export.
 */
final class MarkdownProgramme {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Writer out;
    private final MarkdownWords words;
    private final ReaderLanguage language;
    private final PublicEdition edition;
    private final Map<String, Integer> notes = new LinkedHashMap<>();
    private final Map<OfficialId, Official> officials;

    MarkdownProgramme(Writer out, MarkdownWords words, ReaderLanguage language, PublicEdition edition) {
        this.out = out;
        this.words = words;
        this.language = language;
        this.edition = edition;
        this.officials = edition.officials().stream().collect(Collectors.toMap(Official::id, Function.identity()));
    }

    void write(Instant generatedAt) throws IOException {
        line("# " + text(edition.title()));
        line("");
        line(bold(words.theme()) + text(edition.theme().title()));
        line("");
        String host = Stream.concat(edition.hostCity().map(MarkdownText::escape).stream(),
                edition.hostCountry().map(c -> text(c.name())).stream()).collect(Collectors.joining(", "));
        line(dates() + mark(edition.provenance()) + (host.isEmpty() ? "" : " · " + host)); // not given: not named
        line("");
        line(MarkdownText.escape(words.localTimes() + words.colon() + edition.zone().getId()));
        ministries();
        LocalDate day = null;
        for (Session session : edition.programme()) {
            LocalDate start = session.slot().start().toLocalDate();
            if (!start.equals(day)) {
                day = start;
                line("");
                line("## " + MarkdownText.escape(words.day(day)));
                line("");
            }
            line(session(session));
        }
        footer(generatedAt);
    }

    private String dates() {
        String first = MarkdownText.escape(words.day(edition.dates().start()));
        return edition.dates().start().equals(edition.dates().end()) ? first
                : first + " – " + MarkdownText.escape(words.day(edition.dates().end()));
    }

    private void ministries() throws IOException {
        if (edition.participations().isEmpty()) {
            return;
        }
        line("");
        for (ParticipationRole role : ParticipationRole.values()) {
            List<Ministry> ministries = edition.ministriesWith(role);
            if (!ministries.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (Ministry ministry : ministries) {
                    names.add(text(ministry.name()) + ministry.acronym().map(a -> " (" + MarkdownText.escape(a) + ")")
                            .orElse("") + mark(ministry.provenance()));
                }
                line("- " + bold(words.participation(role, ministries.size() > 1)) + String.join(words.separator(), names));
            }
        }
    }

    private String session(Session session) {
        StringBuilder line = new StringBuilder("- ").append(slot(session)).append(" · ");
        line.append(session.room().flatMap(edition::room).map(this::room).orElse(MarkdownText.escape(words.noRoom())));
        String title = MarkdownText.link("**" + text(session.title()) + "**", session.url());
        line.append(" · ").append(session.isCancelled() ? "~~" + title + "~~" : title);
        line.append(" (").append(MarkdownText.escape(words.session(session.type())));
        if (session.status() == SessionStatus.CANCELLED) {
            line.append(", ").append(MarkdownText.escape(words.cancelled()));
        } else if (session.status() == SessionStatus.TENTATIVE) {
            line.append(", ").append(MarkdownText.escape(words.tentative()));
        }
        line.append(')');
        List<String> people = session.participants().stream().map(this::participant).toList();
        if (!people.isEmpty()) {
            line.append(" — ").append(String.join(words.separator(), people));
        }
        line.append(mark(session.provenance()));
        List<String> links = session.links().stream().map(l -> MarkdownText.link(l.title().isEmpty()
                ? MarkdownText.escape(FormatLabels.of(l.kind(), language)) : text(l.title()), Optional.of(l.url()))).toList();
        if (!links.isEmpty()) {
            line.append(" · ").append(bold(FormatLabels.links(language))).append(String.join(words.separator(), links));
        }
        return line.toString();
    }

    private String slot(Session session) {
        LocalDateTime start = session.slot().start();
        LocalDateTime end = session.slot().end();
        return start.toLocalDate().equals(end.toLocalDate()) ? start.format(TIME) + "–" + end.format(TIME)
                : start.format(TIME) + " – " + MarkdownText.escape(words.shortDay(end.toLocalDate())) + " "
                + end.format(TIME);
    }

    private String room(Room room) {
        return text(room.name()) + mark(room.provenance());
    }

    private String participant(Participant participant) {
        Official official = officials.get(participant.official());
        String role = MarkdownText.escape(words.role(participant.role()))
                + participant.onBehalfOf().map(m -> ", " + MarkdownText.escape(words.onBehalfOf()) + " "
                + text(m.authority())).orElse("");
        return MarkdownText.escape(official.displayName()) + " (" + role + ")" + mark(official.provenance());
    }

    /** @return {@code " \*[^n]"} for an illustrative item, numbering its note on first use; else nothing */
    private String mark(Provenance provenance) {
        if (provenance instanceof Provenance.Illustrative illustrative) {
            int number = notes.computeIfAbsent(illustrative.note().resolve(language), n -> notes.size() + 1);
            return " \\*[^" + number + "]";
        }
        return "";
    }

    private void footer(Instant generatedAt) throws IOException {
        line("");
        line("---");
        if (!notes.isEmpty()) {
            line("");
            line(words.illustrativeLegend());
            line("");
            for (Map.Entry<String, Integer> note : notes.entrySet()) {
                line("[^" + note.getValue() + "]: " + MarkdownText.escape(note.getKey()));
            }
        }
        line("");
        line("_" + MarkdownText.escape(words.generated(
                words.stamp(generatedAt.atZone(edition.zone()).toLocalDateTime()), edition.zone().getId())) + "_");
    }

    /** @return the label in bold, then the colon: a closing {@code **} after a space would not close */
    private String bold(String label) {
        return "**" + MarkdownText.escape(label) + "**" + words.colon();
    }

    private String text(LocalizedText text) {
        return MarkdownText.escape(text.resolve(language));
    }

    private void line(String line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
