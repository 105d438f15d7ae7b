package org.digitalweek.event.persistence.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;

/**
 * Writes a programme into the normalized tables under one key (edition id, release number), one
 * batch per table, parents before children; and deletes them again, children first. Every value is
 * a bound parameter; only the fixed table names below are ever put into SQL text.
 */
final class ProgrammeWriter {

    /** Every table keyed by (edition_id, release_number) but editions and releases, children first. */
    static final List<String> CONTENT_TABLES = List.of("texts", "protocol_contacts", "protocol_files",
            "statements", "session_links", "session_languages", "session_participants", "sessions", "officials",
            "participation_roles", "participations", "ministries", "rooms", "venues", "tracks", "series");

    static final String EDITION_COLUMNS = "version, number, starts_on, ends_on, time_zone, host_city, host_country,"
            + " status, published_at, published_at_nano, illustrative";

    private final Connection connection;
    private final Dialect dialect;
    private final String editionId;
    private final int releaseNumber;

    /**
     * @param connection    the transaction's connection
     * @param dialect       the database's dialect
     * @param editionId     the edition
     * @param releaseNumber 0 for the edition itself, n for the programme of release n
     */
    ProgrammeWriter(Connection connection, Dialect dialect, String editionId, int releaseNumber) {
        this.connection = connection;
        this.dialect = dialect;
        this.editionId = editionId;
        this.releaseNumber = releaseNumber;
    }

    /**
     * @return the number of rows inserted: 0 when the row was already there
     * @throws SQLException when the database refuses
     */
    int insertEditionRow(PublicEdition edition) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO editions (edition_id, release_number, "
                + EDITION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (edition_id, release_number) DO NOTHING")) {
            insert.setString(1, editionId);
            insert.setInt(2, releaseNumber);
            bindEditionColumns(insert, 3, edition);
            return insert.executeUpdate();
        }
    }

    /**
     * @param edition         the edition at its new version
     * @param expectedVersion the version the row must have
     * @return the number of rows updated: 0 when the row is missing or at another version
     * @throws SQLException when the database refuses
     */
    int updateEditionRow(PublicEdition edition, long expectedVersion) throws SQLException {
        String set = EDITION_COLUMNS.replace(",", " = ?,") + " = ?";
        try (PreparedStatement update = connection.prepareStatement("UPDATE editions SET " + set
                + " WHERE edition_id = ? AND release_number = ? AND version = ?")) {
            bindEditionColumns(update, 1, edition);
            update.setString(12, editionId);
            update.setInt(13, releaseNumber);
            update.setLong(14, expectedVersion);
            return update.executeUpdate();
        }
    }

    /** A country's code, or NULL when it is not given. */
    private static String code(Optional<Country> country) {
        return country.map(Country::code).orElse(null);
    }

    private void bindEditionColumns(PreparedStatement statement, int first, PublicEdition e) throws SQLException {
        statement.setLong(first, e.version());
        statement.setInt(first + 1, e.number());
        dialect.setDate(statement, first + 2, e.dates().start());
        dialect.setDate(statement, first + 3, e.dates().end());
        statement.setString(first + 4, e.zone().getId());
        statement.setString(first + 5, e.hostCity().orElse(null)); // NULL: not given
        statement.setString(first + 6, code(e.hostCountry()));
        statement.setString(first + 7, e.status().name());
        dialect.setInstant(statement, first + 8, e.publishedAt().orElse(null));
        statement.setBoolean(first + 10, e.provenance().isIllustrative());
    }

    /**
     * Inserts the release's row; its programme must have been written under its number first.
     *
     * @param release the release
     * @throws SQLException when the database refuses
     */
    void insertReleaseRow(Release release) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO releases (edition_id, number, label,"
                + " published_at, published_at_nano, edition_version, session_count) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, editionId);
            insert.setInt(2, release.number());
            insert.setString(3, release.label());
            dialect.setInstant(insert, 4, release.publishedAt());
            insert.setLong(6, release.programme().version());
            insert.setInt(7, release.programme().sessions().size());
            insert.executeUpdate();
        }
    }

    /**
     * Deletes the content rows of this key, leaving its editions row.
     *
     * @throws SQLException when the database refuses
     */
    void deleteContent() throws SQLException {
        for (String table : CONTENT_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE edition_id = ? AND release_number = ?")) {
                delete.setString(1, editionId);
                delete.setInt(2, releaseNumber);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Deletes every row of the edition: its content and that of its releases, the releases, and the
     * editions rows.
     *
     * @param connection the transaction's connection
     * @param editionId  the edition
     * @throws SQLException when the database refuses
     */
    static void deleteEdition(Connection connection, String editionId) throws SQLException {
        for (String table : CONTENT_TABLES) {
            deleteAll(connection, table, editionId);
        }
        deleteAll(connection, "releases", editionId);
        deleteAll(connection, "editions", editionId);
    }

    private static void deleteAll(Connection connection, String table, String editionId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE edition_id = ?")) {
            delete.setString(1, editionId);
            delete.executeUpdate();
        }
    }

    /**
     * Inserts the programme's content rows (everything but the editions row).
     *
     * @param e the programme
     * @throws SQLException when the database refuses
     */
    void insertContent(PublicEdition e) throws SQLException {
        try (Rows rows = new Rows()) {
            rows.series.add(editionId, releaseNumber, e.series().id().value(), code(e.series().hostCountry()));
            rows.text("series", e.series().id().value(), 0, "name", e.series().name());
            rows.text("edition", editionId, 0, "title", e.title());
            rows.provenance("edition", editionId, 0, e.provenance());
            rows.text("theme", editionId, 0, "title", e.theme().title());
            rows.text("theme", editionId, 0, "description", e.theme().description());
            List<Track> tracks = e.theme().tracks();
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                rows.tracks.add(editionId, releaseNumber, track.id().value(), i);
                rows.text("track", track.id().value(), 0, "name", track.name());
            }
            for (int i = 0; i < e.venues().size(); i++) {
                rows.venue(e.venues().get(i), i);
            }
            for (int i = 0; i < e.ministries().size(); i++) {
                rows.ministry(e.ministries().get(i), i);
            }
            for (int i = 0; i < e.participations().size(); i++) {
                rows.participation(e.participations().get(i), i);
            }
            for (int i = 0; i < e.officials().size(); i++) {
                rows.official(e.officials().get(i), i);
            }
            for (int i = 0; i < e.sessions().size(); i++) {
                rows.session(e.sessions().get(i), i);
            }
            rows.run();
        }
    }

    /**
     * Inserts the protocol office's files; only under release number 0.
     *
     * @param internal the internal records
     * @throws SQLException when the database refuses
     */
    void insertInternal(InternalRecords internal) throws SQLException {
        try (Batch files = new Batch(connection, dialect, "INSERT INTO protocol_files (edition_id, release_number,"
                + " official_id, notes) VALUES (?, ?, ?, ?)");
             Batch contacts = new Batch(connection, dialect, "INSERT INTO protocol_contacts (edition_id,"
                     + " release_number, official_id, position, kind, value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<OfficialId, ProtocolFile> entry : internal.protocolFiles().entrySet()) {
                String official = entry.getKey().value();
                files.add(editionId, releaseNumber, official, entry.getValue().notes());
                List<Contact> list = entry.getValue().contacts();
                for (int i = 0; i < list.size(); i++) {
                    contacts.add(editionId, releaseNumber, official, i, list.get(i).kind().name(), list.get(i).value());
                }
            }
            files.run();
            contacts.run();
        }
    }

    /** One batch per table, sent parents first. */
    private final class Rows implements AutoCloseable {

        final Batch series = batch("series", "series_id, host_country");
        final Batch tracks = batch("tracks", "track_id, position");
        final Batch venues = batch("venues", "venue_id, position, short_name, city, country, illustrative");
        final Batch rooms = batch("rooms", "room_id, venue_id, position, capacity, shared_space, illustrative");
        final Batch ministries = batch("ministries", "ministry_id, position, country, acronym, illustrative");
        final Batch participations = batch("participations", "ministry_id, position");
        final Batch roles = batch("participation_roles", "ministry_id, role");
        final Batch officials = batch("officials",
                "official_id, position, full_name, honorific, ministry_id, precedence_rank, illustrative");
        final Batch sessions = new Batch(connection, dialect, "INSERT INTO sessions (edition_id, release_number,"
                + " session_id, position, session_type, track_id, starts_at, starts_at_nano, ends_at, ends_at_nano,"
                + " room_id, status, expected_attendance, parallel_allowed, origin_edition_id, origin_session_id,"
                + " illustrative, source_guid, source_id, source_slug, source_kind, url)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        final Batch participants = batch("session_participants",
                "session_id, position, official_id, role, mandate_rank");
        final Batch languages = batch("session_languages", "session_id, position, language");
        final Batch links = batch("session_links", "session_id, position, url, kind");
        final Batch statements = batch("statements",
                "session_id, position, speaker_id, quotation, language, illustrative");
        final Batch texts = batch("texts", "owner_kind, owner_id, owner_position, field, language, value");

        Rows() throws SQLException {
        }

        private Batch batch(String table, String columns) throws SQLException {
            String parameters = ", ?".repeat(columns.split(",").length);
            return new Batch(connection, dialect, "INSERT INTO " + table + " (edition_id, release_number, " + columns
                    + ") VALUES (?, ?" + parameters + ")");
        }

        void text(String kind, String ownerId, int position, String field, LocalizedText text) throws SQLException {
            for (Map.Entry<String, String> value : text.values().entrySet()) {
                texts.add(editionId, releaseNumber, kind, ownerId, position, field, value.getKey(), value.getValue());
            }
        }

        /** @return whether the item is illustrative; its note goes to texts */
        boolean provenance(String kind, String ownerId, int position, Provenance provenance) throws SQLException {
            if (provenance instanceof Provenance.Illustrative illustrative) {
                text(kind, ownerId, position, "provenance_note", illustrative.note());
                return true;
            }
            return false;
        }

        void venue(Venue v, int position) throws SQLException {
            String id = v.id().value();
            venues.add(editionId, releaseNumber, id, position, v.shortName().orElse(null), v.city().orElse(null),
                    code(v.country()),
                    provenance("venue", id, 0, v.provenance()));
            text("venue", id, 0, "name", v.name());
            for (int i = 0; i < v.rooms().size(); i++) {
                Room r = v.rooms().get(i);
                String roomId = r.id().value();
                rooms.add(editionId, releaseNumber, roomId, id, i,
                        r.capacity().isPresent() ? r.capacity().getAsInt() : null, r.sharedSpace(),
                        provenance("room", roomId, 0, r.provenance()));
                text("room", roomId, 0, "name", r.name());
            }
        }

        void ministry(Ministry m, int position) throws SQLException {
            String id = m.id().value();
            ministries.add(editionId, releaseNumber, id, position, m.country().code(), m.acronym().orElse(null),
                    provenance("ministry", id, 0, m.provenance()));
            text("ministry", id, 0, "name", m.name());
        }

        void participation(Participation p, int position) throws SQLException {
            participations.add(editionId, releaseNumber, p.ministry().value(), position);
            for (ParticipationRole role : p.roles()) {
                roles.add(editionId, releaseNumber, p.ministry().value(), role.name());
            }
        }

        void official(Official o, int position) throws SQLException {
            String id = o.id().value();
            officials.add(editionId, releaseNumber, id, position, o.fullName(), o.honorific(),
                    o.ministry().map(MinistryId::value).orElse(null),
                    o.precedence().isRanked() ? o.precedence().rank() : null,
                    provenance("official", id, 0, o.provenance()));
            text("official", id, 0, "post_title", o.postTitle());
        }

        void session(Session s, int position) throws SQLException {
            String id = s.id().value();
            sessions.add(editionId, releaseNumber, id, position, s.type().name(),
                    s.track().map(TrackId::value).orElse(null), s.slot().start(), s.slot().end(),
                    s.room().map(RoomId::value).orElse(null), s.status().name(),
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
                participants.add(editionId, releaseNumber, id, i, p.official().value(), p.role().name(),
                        p.onBehalfOf().map(m -> m.precedence().rank()).orElse(null));
                if (p.onBehalfOf().isPresent()) {
                    text("participant", id, i, "authority", p.onBehalfOf().get().authority());
                }
            }
            for (int i = 0; i < s.languages().size(); i++) {
                languages.add(editionId, releaseNumber, id, i, s.languages().get(i));
            }
            for (int i = 0; i < s.links().size(); i++) {
                SessionLink link = s.links().get(i);
                links.add(editionId, releaseNumber, id, i, link.url().toString(), link.kind().name());
                text("session_link", id, i, "title", link.title());
            }
            for (int i = 0; i < s.statements().size(); i++) {
                Statement st = s.statements().get(i);
                statements.add(editionId, releaseNumber, id, i, st.speaker().value(), st.text(), st.language(),
                        provenance("statement", id, i, st.provenance()));
            }
        }

        void run() throws SQLException {
            for (Batch batch : List.of(series, tracks, venues, rooms, ministries, participations, roles, officials,
                    sessions, participants, languages, links, statements, texts)) {
                batch.run();
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (Batch batch : List.of(series, tracks, venues, rooms, ministries, participations, roles, officials,
                    sessions, participants, languages, links, statements, texts)) {
                try {
                    batch.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
