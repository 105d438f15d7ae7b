package org.digitalweek.event.domain.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An item of the programme: a ceremony, a panel, a masterclass, a training, an exhibition, …
 *
 * @param id                 the stable id
 * @param type               the kind of item
 * @param title              the title; not empty
 * @param summary            the abstract; may be empty
 * @param track              the track it belongs to, if any
 * @param slot               when it takes place, in the edition's time zone
 * @param room               where, once a room is chosen
 * @param participants       who presides, speaks, moderates, …; a person at most once per role
 * @param languages          the BCP 47 tags of the languages spoken, each once
 * @param status             whether it takes place
 * @param expectedAttendance how many people are expected, when known; zero or more
 * @param statements         quotations from the session; each speaker is a participant
 * @param provenance         whether a source reports it
 * @param parallelAllowed    whether it may share its room with other sessions at once: a plenary
 *                           relayed in a hall, a stand inside an exhibition
 * @param origin             the session of an earlier edition it was cloned from, if any
 * @param source             who it is in the schedule it was imported from; {@link SourceIdentity#NONE} if created here
 * @param url                its public page, if any; follows {@link WebAddresses}
 * @param links              its live stream, slides, recording, registration page, attachments, logo; each
 *                           address once
 */
public record Session(SessionId id, SessionType type, LocalizedText title, LocalizedText summary,
                     Optional<TrackId> track, TimeSlot slot, Optional<RoomId> room, List<Participant> participants,
                     List<String> languages, SessionStatus status, OptionalInt expectedAttendance,
                     List<Statement> statements, Provenance provenance, boolean parallelAllowed,
                     Optional<SessionOrigin> origin, SourceIdentity source, Optional<URI> url,
                     List<SessionLink> links) {

    /** Checks every invariant of a session. */
    public Session {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(summary, "'summary' must not be null");
        Objects.requireNonNull(track, "'track' must not be null");
        Objects.requireNonNull(slot, "'slot' must not be null");
        Objects.requireNonNull(room, "'room' must not be null");
        participants = Invariants.copy(participants, "participants");
        languages = Invariants.languageTags(languages, "languages", "Session");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(expectedAttendance, "'expectedAttendance' must not be null");
        statements = Invariants.copy(statements, "statements");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
        Objects.requireNonNull(origin, "'origin' must not be null");
        Objects.requireNonNull(source, "'source' must not be null");
        Objects.requireNonNull(url, "'url' must not be null");
        links = Invariants.copy(links, "links");

        String where = "Session '" + id + "'";
        Invariants.require(!title.isEmpty(), where, "title must not be empty");
        Invariants.require(expectedAttendance.orElse(0) >= 0, where, "expected attendance must not be negative");
        Invariants.unique(languages, tag -> tag, where, "language");
        Invariants.unique(participants, p -> p.official() + " as " + p.role(), where, "participant");
        Invariants.require(url.map(WebAddresses::isValid).orElse(true), where,
                () -> "'" + url.get() + "' is not an absolute http or https address");
        Invariants.unique(links, link -> link.url() + " as " + link.kind(), where, "link");
        Set<OfficialId> present = participants.stream().map(Participant::official).collect(Collectors.toSet());
        for (Statement statement : statements) {
            Invariants.require(present.contains(statement.speaker()), where,
                    () -> "statement by '" + statement.speaker() + "', who does not take part in the session");
        }
    }

    /**
     * A session with no source identity, public page or links, as most sessions created here are.
     *
     * @param id                 the stable id
     * @param type               the kind of item
     * @param title              the title; not empty
     * @param summary            the abstract; may be empty
     * @param track              the track it belongs to, if any
     * @param slot               when it takes place
     * @param room               where, once a room is chosen
     * @param participants       who takes part
     * @param languages          the languages spoken
     * @param status             whether it takes place
     * @param expectedAttendance how many people are expected, when known
     * @param statements         quotations from the session
     * @param provenance         whether a source reports it
     * @param parallelAllowed    whether it may share its room with other sessions at once
     * @param origin             the session it was cloned from, if any
     */
    public Session(SessionId id, SessionType type, LocalizedText title, LocalizedText summary,
                   Optional<TrackId> track, TimeSlot slot, Optional<RoomId> room, List<Participant> participants,
                   List<String> languages, SessionStatus status, OptionalInt expectedAttendance,
                   List<Statement> statements, Provenance provenance, boolean parallelAllowed,
                   Optional<SessionOrigin> origin) {
        this(id, type, title, summary, track, slot, room, participants, languages, status, expectedAttendance,
                statements, provenance, parallelAllowed, origin, SourceIdentity.NONE, Optional.empty(), List.of());
    }

    /** @return whether the session will not take place */
    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /**
     * @param official a person
     * @return whether the person takes part, in any role
     */
    public boolean involves(OfficialId official) {
        return participants.stream().anyMatch(p -> p.official().equals(official));
    }

    /**
     * @param newSlot the new time
     * @param newRoom the new room, or empty to leave the room unchosen
     * @return this session moved
     */
    public Session movedTo(TimeSlot newSlot, Optional<RoomId> newRoom) {
        return new Session(id, type, title, summary, track, newSlot, newRoom, participants, languages, status,
                expectedAttendance, statements, provenance, parallelAllowed, origin, source, url, links);
    }

    /**
     * @param newStatus the new status
     * @return this session with that status
     */
    public Session withStatus(SessionStatus newStatus) {
        return new Session(id, type, title, summary, track, slot, room, participants, languages, newStatus,
                expectedAttendance, statements, provenance, parallelAllowed, origin, source, url, links);
    }

    /**
     * @param participant a person and role to add
     * @return this session with the participant added
     */
    public Session withParticipant(Participant participant) {
        List<Participant> more = new ArrayList<>(participants);
        more.add(participant);
        return new Session(id, type, title, summary, track, slot, room, more, languages, status,
                expectedAttendance, statements, provenance, parallelAllowed, origin, source, url, links);
    }
}
