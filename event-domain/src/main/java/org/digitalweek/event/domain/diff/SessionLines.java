package org.digitalweek.event.domain.diff;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.DiffWords.Heading;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/** Writes one line per session change, in one language. */
final class SessionLines {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The components of a person that a change of name shows, before → after. */
    private static final Set<String> NAME = Set.of("fullName", "honorific");

    private final DiffWords labels;
    private final ReaderLanguage language;
    private final ProgrammeDiff diff;

    /**
     * @param labels   the words
     * @param language the reader's language, titles are resolved in
     * @param diff     the diff whose lines these are, which names its people
     */
    SessionLines(DiffWords labels, ReaderLanguage language, ProgrammeDiff diff) {
        this.labels = labels;
        this.language = language;
        this.diff = diff;
    }

    /** @return the line, without its line end */
    String line(SessionChange change) {
        if (change instanceof SessionAdded added) {
            return head("+", Heading.ADDED, added.session()) + ", " + when(added.session());
        } else if (change instanceof SessionRemoved removed) {
            return head("-", Heading.REMOVED, removed.session()) + ", " + when(removed.session());
        } else if (change instanceof SessionCancelled cancelled) {
            return head("×", Heading.CANCELLED, cancelled.after()) + ", " + when(cancelled.after());
        } else if (change instanceof SessionReinstated reinstated) {
            return head("+", Heading.REINSTATED, reinstated.after()) + ", " + when(reinstated.after());
        } else if (change instanceof SessionMoved moved) {
            return head("~", Heading.MOVED, moved.after()) + labels.colon() + when(moved.before()) + " → "
                    + when(moved.after());
        } else if (change instanceof SessionRetitled retitled) {
            return head("~", Heading.RETITLED, retitled.before()) + " → " + title(retitled.after());
        } else if (change instanceof ParticipantsChanged participants) {
            return head("~", Heading.PARTICIPANTS, participants.after()) + labels.colon() + people(participants);
        }
        // The last type the sealed interface permits.
        SessionDetailsChanged details = (SessionDetailsChanged) change;
        return head("~", Heading.DETAILS, details.after()) + labels.colon() + String.join(", ", details.fields());
    }

    /** @return e.g. {@code + Added: "AI panel" (panel-ia)} */
    private String head(String sign, Heading heading, Session session) {
        return sign + " " + labels.heading(heading) + labels.colon() + title(session) + " (" + session.id() + ")";
    }

    private String title(Session session) {
        return labels.quote(session.title().resolve(language));
    }

    /** @return the slot and the room, e.g. {@code 2026-01-30 10:00–12:00 in plenary} */
    private String when(Session session) {
        return slot(session.slot()) + labels.place(session.room());
    }

    /** @return {@code yyyy-MM-dd HH:mm–HH:mm}, with the end's day too when it ends on another day */
    static String slot(TimeSlot slot) {
        DateTimeFormatter end = slot.end().toLocalDate().equals(slot.start().toLocalDate()) ? TIME : DAY_AND_TIME;
        return DAY_AND_TIME.format(slot.start()) + "–" + end.format(slot.end());
    }

    private String people(ParticipantsChanged change) {
        StringBuilder text = new StringBuilder();
        appendPeople(text, Kind.ADDED, change.added());
        appendPeople(text, Kind.REMOVED, change.removed());
        if (change.reordered()) {
            appendPeople(text, Kind.CHANGED, change.after().participants());
        }
        if (!change.changed().isEmpty()) {
            if (text.length() > 0) {
                text.append(labels.separator());
            }
            text.append(labels.changedPeople())
                    .append(change.changed().stream().map(SessionLines::person).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    /** @return e.g. {@code M. Jean Diarra → M. Jean K. Diarra (postTitle)}, or {@code Mme Awa Traoré (ministry)} */
    private static String person(OfficialChanged change) {
        String who = change.renamed() ? change.before().displayName() + " → " + change.after().displayName()
                : change.after().displayName();
        List<String> others = change.fields().stream().filter(f -> !change.renamed() || !NAME.contains(f)).toList();
        return others.isEmpty() ? who : who + " (" + String.join(", ", others) + ")";
    }

    private void appendPeople(StringBuilder text, Kind kind, List<Participant> participants) {
        if (participants.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append(labels.separator());
        }
        text.append(labels.people(kind))
                .append(participants.stream().map(this::participant).collect(Collectors.joining(", ")));
    }

    /** @return e.g. {@code M. Amadou Diarra (presides, on behalf of Prime Minister)}: by name, the id when none is known */
    private String participant(Participant participant) {
        String mandate = participant.onBehalfOf()
                .map(m -> ", " + labels.onBehalfOf() + " " + m.authority().resolve(language))
                .orElse("");
        return diff.nameOf(participant.official()) + " (" + labels.role(participant.role()) + mandate + ")";
    }
}
