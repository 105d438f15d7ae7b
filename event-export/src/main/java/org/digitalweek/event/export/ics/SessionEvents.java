package org.digitalweek.event.export.ics;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import biweekly.component.VEvent;
import biweekly.property.Status;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Venue;

/**
 * Turns the sessions of one edition into {@code VEVENT}s, in one language. Texts come from the
 * model through {@link org.digitalweek.event.domain.model.LocalizedText#resolve(String)}; biweekly
 * escapes them.
 */
final class SessionEvents {

    private final PublicEdition edition;
    private final ReaderLanguage language;
    private final CalendarWords words;
    private final Date stamp;
    private final EventUids uids;

    /**
     * @param edition  the edition
     * @param language the language of the texts
     * @param stamp    the {@code DTSTAMP} of every event: the time of the export
     */
    SessionEvents(PublicEdition edition, ReaderLanguage language, Date stamp) {
        this.edition = edition;
        this.language = language;
        this.words = CalendarWords.of(language);
        this.stamp = stamp;
        this.uids = new EventUids(edition);
    }

    /**
     * The globally unique, stable id of a session's event, as {@link EventUids} says: its source's
     * guid when it has a safe one of its own, else the session id, then {@code @}, the edition id
     * and {@code .digitalweek}.
     *
     * @param edition the edition
     * @param session one of its sessions
     * @return the {@code UID}
     */
    static String uid(PublicEdition edition, Session session) {
        return new EventUids(edition).of(session);
    }

    /**
     * @param version the edition's version
     * @return the {@code SEQUENCE}: the version, capped at the largest iCalendar integer
     */
    static int sequence(long version) {
        return (int) Math.min(version, Integer.MAX_VALUE);
    }

    /**
     * @param session a session of the edition
     * @return its event
     */
    VEvent event(Session session) {
        VEvent event = new VEvent();
        event.setUid(uids.of(session));
        if (uids.hidesId(session)) {
            event.setExperimentalProperty(EventUids.SESSION, session.id().value());
        }
        event.setDateTimeStamp(stamp);
        event.setSequence(sequence(edition.version()));
        event.setDateStart(Date.from(session.slot().startIn(edition.zone()).toInstant()), true);
        event.setDateEnd(Date.from(session.slot().endIn(edition.zone()).toInstant()), true);
        event.setSummary(session.title().resolve(language));
        String description = description(session);
        if (!description.isEmpty()) {
            event.setDescription(description);
        }
        String location = location(session);
        if (!location.isEmpty()) { // nothing given (no room, no city): no LOCATION rather than an empty one
            event.setLocation(location);
        }
        List<String> categories = new ArrayList<>();
        categories.add(words.type(session.type()));
        session.track().flatMap(t -> edition.theme().track(t))
                .ifPresent(track -> categories.add(track.name().resolve(language)));
        event.addCategories(categories);
        event.setStatus(status(session.status()));
        session.url().ifPresent(url -> event.setUrl(url.toString()));
        EventLinks.add(session, language, event);
        return event;
    }

    private String description(Session session) {
        List<String> paragraphs = new ArrayList<>();
        String summary = session.summary().resolve(language);
        if (!summary.isEmpty()) {
            paragraphs.add(summary);
        }
        Set<String> notes = new LinkedHashSet<>();
        note(session.provenance(), notes);
        session.room().flatMap(edition::room).ifPresent(room -> note(room.provenance(), notes));
        session.room().flatMap(edition::venueOf).ifPresent(venue -> note(venue.provenance(), notes));
        if (!session.participants().isEmpty()) {
            StringBuilder people = new StringBuilder(words.participants());
            for (Participant participant : session.participants()) {
                people.append('\n').append("- ").append(person(participant, notes));
            }
            paragraphs.add(people.toString());
        }
        for (String note : notes) {
            paragraphs.add(words.illustrative() + " " + note);
        }
        return String.join("\n\n", paragraphs);
    }

    private String person(Participant participant, Set<String> notes) {
        Optional<Official> found = edition.official(participant.official());
        StringBuilder text = new StringBuilder(found.map(Official::displayName)
                .orElse(participant.official().value()));
        text.append(" (").append(words.role(participant.role()));
        participant.onBehalfOf().ifPresent(mandate ->
                text.append(", ").append(words.onBehalfOf()).append(' ').append(mandate.authority().resolve(language)));
        text.append(')');
        found.filter(official -> official.provenance().isIllustrative()).ifPresent(official -> {
            text.append(' ').append(words.illustrative());
            note(official.provenance(), notes);
        });
        return text.toString();
    }

    private void note(Provenance provenance, Set<String> notes) {
        if (provenance instanceof Provenance.Illustrative illustrative) {
            notes.add(illustrative.note().resolve(language));
        }
    }

    private String location(Session session) {
        List<String> parts = new ArrayList<>();
        Optional<Room> room = session.room().flatMap(edition::room);
        Optional<Venue> venue = session.room().flatMap(edition::venueOf);
        room.ifPresent(r -> parts.add(r.name().resolve(language)));
        venue.ifPresent(v -> parts.add(v.name().resolve(language)));
        venue.flatMap(Venue::city).or(edition::hostCity).ifPresent(parts::add); // a city not given is not named
        return String.join(", ", parts);
    }

    private static Status status(SessionStatus status) {
        return switch (status) {
            case CONFIRMED -> Status.confirmed();
            case TENTATIVE -> Status.tentative();
            case CANCELLED -> Status.cancelled();
        };
    }
}
