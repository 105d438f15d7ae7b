package org.digitalweek.event.domain.diff;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.diff.DiffWords.Heading;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/** Writes one line per session change, in one language. */
final class SessionLines {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The components of a person that a change of name shows, before → after. */
    private static final Set<String> NAME = Set.of("fullName", "honorific");

    /** Which side's names apply to a session: {@link #when(Session, boolean)}'s second argument. */
    private static final boolean BEFORE = true;
    private static final boolean AFTER = false;

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
            return head("+", Heading.ADDED, added.session()) + ", " + when(added.session(), AFTER);
        } else if (change instanceof SessionRemoved removed) {
            return head("-", Heading.REMOVED, removed.session()) + ", " + when(removed.session(), BEFORE);
        } else if (change instanceof SessionCancelled cancelled) {
            return head("×", Heading.CANCELLED, cancelled.after()) + ", " + when(cancelled.after(), AFTER);
        } else if (change instanceof SessionReinstated reinstated) {
            return head("+", Heading.REINSTATED, reinstated.after()) + ", " + when(reinstated.after(), AFTER);
        } else if (change instanceof SessionMoved moved) {
            return head("~", Heading.MOVED, moved.after()) + labels.colon() + when(moved.before(), BEFORE) + " → "
                    + when(moved.after(), AFTER);
        } else if (change instanceof SessionRetitled retitled) {
            return head("~", Heading.RETITLED, retitled.before()) + " → " + title(retitled.after());
        } else if (change instanceof ParticipantsChanged participants) {
            return head("~", Heading.PARTICIPANTS, participants.after()) + labels.colon() + people(participants);
        }
        // The last type the sealed interface permits.
        SessionDetailsChanged details = (SessionDetailsChanged) change;
        return head("~", Heading.DETAILS, details.after()) + labels.colon() + details(details);
    }

    /** @return e.g. {@code + Added: 'AI panel' (panel-ia)} */
    private String head(String sign, Heading heading, Session session) {
        return sign + " " + labels.heading(heading) + labels.colon() + title(session) + " (" + session.id() + ")";
    }

    private String title(Session session) {
        return labels.quote(session.title().resolve(language));
    }

    /**
     * @param before whether the session is as the earlier programme has it, whose names then apply
     * @return the slot and the room, e.g. {@code 2026-01-30 10:00–12:00 in 'Plenary hall'}
     */
    private String when(Session session, boolean before) {
        return slot(session.slot()) + labels.place(session.room().map(r -> name(Part.ROOM, r.value(), before)));
    }

    /** @return the item's name in the reader's language on one side (else the other), or its id */
    private String name(Part part, String id, boolean before) {
        ItemNames names = diff.names();
        Optional<LocalizedText> name = before ? names.before(part, id).or(() -> names.after(part, id))
                : names.after(part, id).or(() -> names.before(part, id));
        return name.flatMap(n -> DiffText.readable(n, language)).orElse(id);
    }

    /**
     * @return the components that changed, in words; the type, track and status with their values,
     *         e.g. {@code nature atelier → panel, piste « Culture » → « Gouvernance numérique », résumé}
     */
    private String details(SessionDetailsChanged change) {
        List<String> parts = new ArrayList<>();
        for (String field : change.fields()) {
            String word = FieldWords.of(field, labels.french());
            parts.add(switch (field) {
                case "type" -> word + " " + change.before().type().displayName(labels.tag()) + " → "
                        + change.after().type().displayName(labels.tag());
                case "status" -> word + " " + change.before().status().displayName(labels.tag()) + " → "
                        + change.after().status().displayName(labels.tag());
                case "track" -> word + " " + track(change.before(), BEFORE) + " → " + track(change.after(), AFTER);
                default -> word;
            });
        }
        return String.join(", ", parts);
    }

    /** @return the session's track, quoted, by name; a dash for none */
    private String track(Session session, boolean before) {
        return session.track().map(t -> labels.quote(name(Part.TRACK, t.value(), before))).orElse("—");
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
                    .append(change.changed().stream().map(this::person).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    /** @return e.g. {@code M. Jean Diarra → M. Jean K. Diarra (fonction)}, or {@code Mme Awa Traoré (ministère)} */
    private String person(OfficialChanged change) {
        String who = change.renamed() ? change.before().displayName() + " → " + change.after().displayName()
                : change.after().displayName();
        List<String> others = change.fields().stream().filter(f -> !change.renamed() || !NAME.contains(f)).toList();
        return others.isEmpty() ? who : who + " (" + FieldWords.all(others, labels.french()) + ")";
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
