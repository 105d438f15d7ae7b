package org.digitalweek.event.persistence.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Venue;

/**
 * Edits of {@link FullEdition}, one after another, each as a user makes it: what a save that writes
 * only the changed rows must store exactly as a save that rewrites them all.
 */
final class ProgrammeEdits {

    private ProgrammeEdits() {
    }

    /** @return the edits in order, each named, each applied to the edition the one before made */
    static Map<String, UnaryOperator<Edition>> inOrder() {
        Map<String, UnaryOperator<Edition>> edits = new LinkedHashMap<>();
        edits.put("a session moved to another time and room", e -> session(e, "opening",
                s -> s.movedTo(new TimeSlot(s.slot().start().plusHours(1), s.slot().end().plusHours(1)),
                        Optional.of(new RoomId("hall")))));
        edits.put("a session cancelled", e -> session(e, "panel", s -> s.withStatus(SessionStatus.CANCELLED)));
        edits.put("a session removed", ProgrammeEdits::withoutExpo);
        edits.put("an official added, with a protocol file", ProgrammeEdits::withNewcomer);
        edits.put("participants swapped, one added", e -> session(e, "opening", s -> participants(s,
                List.of(s.participants().get(1), s.participants().get(0),
                        Participant.of(new OfficialId("newcomer"), ParticipantRole.SPEAKER)))));
        edits.put("titles changed, a language dropped", ProgrammeEdits::retitled);
        edits.put("protocol files changed", ProgrammeEdits::withOtherProtocolFiles);
        edits.put("a venue removed, its session moved to another", ProgrammeEdits::withoutEnsup);
        edits.put("an official removed from the programme", ProgrammeEdits::withoutExpert);
        return edits;
    }

    private static Edition session(Edition e, String id, UnaryOperator<Session> change) {
        if (e.publicView().sessions().stream().noneMatch(s -> s.id().value().equals(id))) {
            throw new IllegalArgumentException("no session '" + id + "' to edit");
        }
        List<Session> sessions = new ArrayList<>();
        for (Session s : e.publicView().sessions()) {
            sessions.add(s.id().value().equals(id) ? change.apply(s) : s);
        }
        return e.withPublicView(e.publicView().toBuilder().sessions(sessions).build());
    }

    private static Edition withoutExpo(Edition e) {
        List<Session> sessions = new ArrayList<>(e.publicView().sessions());
        if (!sessions.removeIf(s -> s.id().value().equals("expo"))) {
            throw new IllegalArgumentException("no session 'expo' to remove");
        }
        return e.withPublicView(e.publicView().toBuilder().sessions(sessions).build());
    }

    private static Edition withNewcomer(Edition e) {
        List<Official> officials = new ArrayList<>(e.publicView().officials());
        officials.add(new Official(new OfficialId("newcomer"), "Fatoumata Keïta", "Mme",
                LocalizedText.frEn("Directrice", "Director"), Optional.of(new MinistryId("culture")), new Precedence(12),
                officials.get(0).provenance()));
        Map<OfficialId, ProtocolFile> files = new HashMap<>(e.internal().protocolFiles());
        files.put(new OfficialId("newcomer"), new ProtocolFile(List.of(new Contact(ContactKind.EMAIL, "dk@example.ml")),
                "Vient seule."));
        return new Edition(e.publicView().toBuilder().officials(officials).build(), new InternalRecords(files));
    }

    private static Session participants(Session s, List<Participant> participants) {
        return new Session(s.id(), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(), participants,
                s.languages(), s.status(), s.expectedAttendance(), s.statements(), s.provenance(), s.parallelAllowed(),
                s.origin(), s.source(), s.url(), s.links());
    }

    private static Edition retitled(Edition e) {
        Edition titled = session(e, "panel", s -> new Session(s.id(), s.type(), LocalizedText.frEn("Table ronde",
                "Round table"), s.summary(), s.track(), s.slot(), s.room(), s.participants(), s.languages(), s.status(),
                s.expectedAttendance(), s.statements(), s.provenance(), s.parallelAllowed(), s.origin(), s.source(),
                s.url(), s.links()));
        PublicEdition programme = titled.publicView();
        return titled.withPublicView(programme.toBuilder()
                .title(LocalizedText.frEn("Semaine « complète », 2e tirage", programme.title().values().get("en")))
                .build());
    }

    private static Edition withOtherProtocolFiles(Edition e) {
        Map<OfficialId, ProtocolFile> files = new HashMap<>(e.internal().protocolFiles());
        files.remove(new OfficialId("host"));
        files.put(new OfficialId("guest"), new ProtocolFile(List.of(new Contact(ContactKind.PHONE, "+226 25 00 00 00"),
                new Contact(ContactKind.EMAIL, "mtd@example.bf")), "Délégation de 5 personnes."));
        return new Edition(e.publicView(), new InternalRecords(files));
    }

    private static Edition withoutEnsup(Edition e) {
        Edition moved = session(e, "panel", s -> s.movedTo(s.slot(), Optional.of(new RoomId("banquets"))));
        List<Venue> venues = new ArrayList<>(moved.publicView().venues());
        venues.removeIf(v -> v.id().value().equals("ensup"));
        return moved.withPublicView(moved.publicView().toBuilder().venues(venues).build());
    }

    private static Edition withoutExpert(Edition e) {
        Edition alone = session(e, "panel", s -> participants(s, s.participants().stream()
                .filter(p -> !p.official().value().equals("expert")).toList()));
        List<Official> officials = new ArrayList<>(alone.publicView().officials());
        officials.removeIf(o -> o.id().value().equals("expert"));
        return alone.withPublicView(alone.publicView().toBuilder().officials(officials).build());
    }
}
