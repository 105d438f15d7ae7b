package org.digitalweek.event.persistence.jdbc;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;

/**
 * The rows a programme is stored as, table by table, each without the two values every content row
 * starts with (edition id and release number): the one mapping from the model to the tables, used
 * both to insert a programme and to find the rows a save changes.
 */
final class ContentRows {

    private final Map<ContentTable, List<Object[]>> rows = new EnumMap<>(ContentTable.class);

    private ContentRows() {
        for (ContentTable table : ContentTable.values()) {
            rows.put(table, new ArrayList<>());
        }
    }

    /**
     * @param programme the public programme
     * @return its rows, without those of internal records
     */
    static ContentRows of(PublicEdition programme) {
        ContentRows content = new ContentRows();
        content.programme(programme, position -> false);
        return content;
    }

    /**
     * @param internal the internal records of an edition
     * @return their rows
     */
    static ContentRows of(InternalRecords internal) {
        ContentRows content = new ContentRows();
        content.internal(internal);
        return content;
    }

    /**
     * @param programme the public programme
     * @param internal  its internal records
     * @param leaveOut  the positions of sessions whose rows to leave out
     * @return the rows of the programme, without those of the sessions left out
     */
    static ContentRows of(PublicEdition programme, InternalRecords internal, IntPredicate leaveOut) {
        ContentRows content = new ContentRows();
        content.programme(programme, leaveOut);
        content.internal(internal);
        return content;
    }

    /** @return the rows of the table, in the programme's order */
    List<Object[]> of(ContentTable table) {
        return rows.get(table);
    }

    private void add(ContentTable table, Object... values) {
        rows.get(table).add(values);
    }

    /** A country's code, or NULL when it is not given. */
    private static String code(Optional<Country> country) {
        return country.map(Country::code).orElse(null);
    }

    private void programme(PublicEdition e, IntPredicate leaveOut) {
        String editionId = e.id().value();
        add(ContentTable.SERIES, e.series().id().value(), code(e.series().hostCountry()));
        text("series", e.series().id().value(), 0, "name", e.series().name());
        text("edition", editionId, 0, "title", e.title());
        provenance("edition", editionId, 0, e.provenance());
        text("theme", editionId, 0, "title", e.theme().title());
        text("theme", editionId, 0, "description", e.theme().description());
        List<Track> tracks = e.theme().tracks();
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            add(ContentTable.TRACKS, track.id().value(), i);
            text("track", track.id().value(), 0, "name", track.name());
        }
        for (int i = 0; i < e.venues().size(); i++) {
            venue(e.venues().get(i), i);
        }
        for (int i = 0; i < e.ministries().size(); i++) {
            ministry(e.ministries().get(i), i);
        }
        for (int i = 0; i < e.participations().size(); i++) {
            participation(e.participations().get(i), i);
        }
        for (int i = 0; i < e.officials().size(); i++) {
            official(e.officials().get(i), i);
        }
        for (int i = 0; i < e.sessions().size(); i++) {
            if (!leaveOut.test(i)) {
                session(e.sessions().get(i), i);
            }
        }
    }

    private void internal(InternalRecords internal) {
        for (Map.Entry<OfficialId, ProtocolFile> entry : internal.protocolFiles().entrySet()) {
            String official = entry.getKey().value();
            add(ContentTable.PROTOCOL_FILES, official, entry.getValue().notes());
            List<Contact> list = entry.getValue().contacts();
            for (int i = 0; i < list.size(); i++) {
                add(ContentTable.PROTOCOL_CONTACTS, official, i, list.get(i).kind().name(), list.get(i).value());
            }
        }
    }

    private void text(String kind, String ownerId, int position, String field, LocalizedText text) {
        for (Map.Entry<String, String> value : text.values().entrySet()) {
            add(ContentTable.TEXTS, kind, ownerId, position, field, value.getKey(), value.getValue());
        }
    }

    /** @return whether the item is illustrative; its note goes to texts */
    private boolean provenance(String kind, String ownerId, int position, Provenance provenance) {
        if (provenance instanceof Provenance.Illustrative illustrative) {
            text(kind, ownerId, position, "provenance_note", illustrative.note());
            return true;
        }
        return false;
    }

    private void venue(Venue v, int position) {
        String id = v.id().value();
        add(ContentTable.VENUES, id, position, v.shortName().orElse(null), v.city().orElse(null), code(v.country()),
                provenance("venue", id, 0, v.provenance()));
        text("venue", id, 0, "name", v.name());
        for (int i = 0; i < v.rooms().size(); i++) {
            Room r = v.rooms().get(i);
            String roomId = r.id().value();
            add(ContentTable.ROOMS, roomId, id, i, r.capacity().isPresent() ? r.capacity().getAsInt() : null,
                    r.sharedSpace(), provenance("room", roomId, 0, r.provenance()));
            text("room", roomId, 0, "name", r.name());
        }
    }

    private void ministry(Ministry m, int position) {
        String id = m.id().value();
        add(ContentTable.MINISTRIES, id, position, m.country().code(), m.acronym().orElse(null),
                provenance("ministry", id, 0, m.provenance()));
        text("ministry", id, 0, "name", m.name());
    }

    private void participation(Participation p, int position) {
        add(ContentTable.PARTICIPATIONS, p.ministry().value(), position);
        for (ParticipationRole role : p.roles()) {
            add(ContentTable.PARTICIPATION_ROLES, p.ministry().value(), role.name());
        }
    }

    private void official(Official o, int position) {
        String id = o.id().value();
        add(ContentTable.OFFICIALS, id, position, o.fullName(), o.honorific(),
                o.ministry().map(MinistryId::value).orElse(null),
                o.precedence().isRanked() ? o.precedence().rank() : null,
                provenance("official", id, 0, o.provenance()));
        text("official", id, 0, "post_title", o.postTitle());
    }

    private void session(Session s, int position) {
        String id = s.id().value();
        add(ContentTable.SESSIONS, id, position, s.type().name(), s.track().map(TrackId::value).orElse(null),
                s.slot().start(), s.slot().end(), s.room().map(RoomId::value).orElse(null), s.status().name(),
                s.expectedAttendance().isPresent() ? s.expectedAttendance().getAsInt() : null,
                s.parallelAllowed(), s.origin().map(o -> o.edition().value()).orElse(null),
                s.origin().map(o -> o.session().value()).orElse(null),
                provenance("session", id, 0, s.provenance()), s.source().guid().orElse(null),
                s.source().id().orElse(null), s.source().slug().orElse(null), s.source().kind().orElse(null),
                s.url().map(URI::toString).orElse(null));
        text("session", id, 0, "title", s.title());
        text("session", id, 0, "summary", s.summary());
        for (int i = 0; i < s.participants().size(); i++) {
            Participant p = s.participants().get(i);
            add(ContentTable.SESSION_PARTICIPANTS, id, i, p.official().value(), p.role().name(),
                    p.onBehalfOf().map(m -> m.precedence().rank()).orElse(null));
            if (p.onBehalfOf().isPresent()) {
                text("participant", id, i, "authority", p.onBehalfOf().get().authority());
            }
        }
        for (int i = 0; i < s.languages().size(); i++) {
            add(ContentTable.SESSION_LANGUAGES, id, i, s.languages().get(i));
        }
        for (int i = 0; i < s.links().size(); i++) {
            SessionLink link = s.links().get(i);
            add(ContentTable.SESSION_LINKS, id, i, link.url().toString(), link.kind().name());
            text("session_link", id, i, "title", link.title());
        }
        for (int i = 0; i < s.statements().size(); i++) {
            Statement st = s.statements().get(i);
            add(ContentTable.STATEMENTS, id, i, st.speaker().value(), st.text(), st.language(),
                    provenance("statement", id, i, st.provenance()));
        }
    }
}
