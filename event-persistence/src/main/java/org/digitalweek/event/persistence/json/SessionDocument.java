package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;
import static org.digitalweek.event.persistence.json.Conversions.toDocuments;
import static org.digitalweek.event.persistence.json.Conversions.toModels;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.TrackId;

/** A {@link Session} as stored, its fields in the order of the model's. */
record SessionDocument(String id, SessionType type, Map<String, String> title, Map<String, String> summary,
                       Optional<String> track, SlotDocument slot, Optional<String> room,
                       List<ParticipantDocument> participants, List<String> languages, SessionStatus status,
                       Optional<Integer> expectedAttendance, List<StatementDocument> statements,
                       Optional<Map<String, String>> illustrativeNote, Boolean parallelAllowed,
                       Optional<OriginDocument> origin, Optional<SourceDocument> source, Optional<String> url,
                       Optional<List<LinkDocument>> links) {

    static SessionDocument of(Session s) {
        return new SessionDocument(s.id().value(), s.type(), s.title().values(), s.summary().values(),
                s.track().map(TrackId::value), SlotDocument.of(s.slot()), s.room().map(RoomId::value),
                toDocuments(s.participants(), ParticipantDocument::of), s.languages(), s.status(),
                s.expectedAttendance().isPresent() ? Optional.of(s.expectedAttendance().getAsInt()) : Optional.empty(),
                toDocuments(s.statements(), StatementDocument::of), note(s.provenance()), s.parallelAllowed(),
                s.origin().map(OriginDocument::of), SourceDocument.of(s.source()), s.url().map(URI::toString),
                s.links().isEmpty() ? Optional.empty() : Optional.of(toDocuments(s.links(), LinkDocument::of)));
    }

    Session toModel(String at) {
        return at(at, () -> new Session(new SessionId(id), type, text(title, child(at, "title")),
                text(summary, child(at, "summary")), track.map(TrackId::new), slot.toModel(child(at, "slot")),
                room.map(RoomId::new), toModels(participants, child(at, "participants"), ParticipantDocument::toModel),
                languages, status, expectedAttendance.map(OptionalInt::of).orElse(OptionalInt.empty()),
                toModels(statements, child(at, "statements"), StatementDocument::toModel),
                provenance(illustrativeNote, child(at, "illustrativeNote")), parallelAllowed,
                origin.map(o -> o.toModel(child(at, "origin"))),
                source.map(so -> so.toModel(child(at, "source"))).orElse(SourceIdentity.NONE),
                url.map(u -> Conversions.webAddress(u, child(at, "url"))),
                toModels(links.orElse(List.of()), child(at, "links"), LinkDocument::toModel)));
    }
}
