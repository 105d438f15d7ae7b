package org.digitalweek.event.persistence.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;

/**
 * Reads a programme back from the normalized tables, under one key (edition id, release number):
 * one query per table, every list in its stored position order, and the model's constructors check
 * the result as they would any other input.
 */
final class ProgrammeReader {

    /** Where a localized text belongs. */
    private record TextKey(String kind, String ownerId, int position, String field) {
    }

    private final Connection connection;
    private final Dialect dialect;
    private final String editionId;
    private final int releaseNumber;
    private final Map<TextKey, Map<String, String>> texts = new HashMap<>();
    private String stamp;

    /**
     * @param connection    the transaction's connection
     * @param dialect       the database's dialect
     * @param editionId     the edition
     * @param releaseNumber 0 for the edition itself, n for the programme of release n
     */
    ProgrammeReader(Connection connection, Dialect dialect, String editionId, int releaseNumber) {
        this.connection = connection;
        this.dialect = dialect;
        this.editionId = editionId;
        this.releaseNumber = releaseNumber;
    }

    /**
     * @return the programme, or empty when there is no editions row under this key
     * @throws SQLException when a query fails
     */
    Optional<PublicEdition> read() throws SQLException {
        try (PreparedStatement query = prepare("SELECT " + ProgrammeWriter.EDITION_COLUMNS
                + ", save_stamp FROM editions WHERE edition_id = ? AND release_number = ?");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            stamp = row.getString("save_stamp");
            readTexts();
            EditionId id = new EditionId(editionId);
            return Optional.of(PublicEdition.builder()
                    .id(id)
                    .series(series())
                    .number(row.getInt("number"))
                    .title(text("edition", editionId, 0, "title"))
                    .theme(new Theme(text("theme", editionId, 0, "title"), text("theme", editionId, 0, "description"),
                            tracks()))
                    .dates(new DateRange(dialect.getDate(row, "starts_on"), dialect.getDate(row, "ends_on")))
                    .zone(ZoneId.of(row.getString("time_zone")))
                    .host(Optional.ofNullable(row.getString("host_city")), country(row, "host_country"))
                    .venues(venues())
                    .ministries(ministries())
                    .participations(participations())
                    .officials(officials())
                    .sessions(sessions())
                    .status(EditionStatus.valueOf(row.getString("status")))
                    .version(row.getLong("version"))
                    .publishedAt(Optional.ofNullable(dialect.getInstant(row, "published_at")))
                    .provenance(provenance(row, "edition", editionId, 0))
                    .build());
        }
    }

    /**
     * @return the stamp of the save that wrote the programme {@link #read()} read (see
     *         {@link KnownProgrammes}), or empty when there is none
     */
    Optional<String> stamp() {
        return Optional.ofNullable(stamp);
    }

    /**
     * @return the protocol office's files, stored under release number 0 only
     * @throws SQLException when a query fails
     */
    InternalRecords readInternal() throws SQLException {
        Map<String, List<Contact>> contacts = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT official_id, kind, value FROM protocol_contacts"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY official_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String official = rows.getString("official_id");
                contacts.computeIfAbsent(official, k -> new ArrayList<>())
                        .add(new Contact(contactKind(official, rows.getString("kind")), rows.getString("value")));
            }
        }
        Map<OfficialId, ProtocolFile> files = new TreeMap<>();
        try (PreparedStatement query = prepare("SELECT official_id, notes FROM protocol_files"
                + " WHERE edition_id = ? AND release_number = ?");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String official = rows.getString("official_id");
                files.put(new OfficialId(official),
                        new ProtocolFile(contacts.getOrDefault(official, List.of()), rows.getString("notes")));
            }
        }
        return new InternalRecords(files);
    }

    /** Reads a contact's kind without ever quoting the stored text: protocol files are private. */
    private static ContactKind contactKind(String official, String stored) {
        for (ContactKind kind : ContactKind.values()) {
            if (kind.name().equals(stored)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("a contact in the protocol file of '" + official + "' has an unknown kind"
                + " (not shown: the internal records are private)");
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, editionId);
        statement.setInt(2, releaseNumber);
        return statement;
    }

    private void readTexts() throws SQLException {
        try (PreparedStatement query = prepare("SELECT owner_kind, owner_id, owner_position, field, language, value"
                + " FROM texts WHERE edition_id = ? AND release_number = ?");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TextKey key = new TextKey(rows.getString("owner_kind"), rows.getString("owner_id"),
                        rows.getInt("owner_position"), rows.getString("field"));
                texts.computeIfAbsent(key, k -> new TreeMap<>()).put(rows.getString("language"), rows.getString("value"));
            }
        }
    }

    private LocalizedText text(String kind, String ownerId, int position, String field) {
        Map<String, String> values = texts.get(new TextKey(kind, ownerId, position, field));
        return values == null ? LocalizedText.EMPTY : new LocalizedText(values);
    }

    private Provenance provenance(ResultSet row, String kind, String ownerId, int position) throws SQLException {
        return row.getBoolean("illustrative")
                ? Provenance.illustrative(text(kind, ownerId, position, "provenance_note"))
                : Provenance.reported();
    }

    private Series series() throws SQLException {
        try (PreparedStatement query = prepare("SELECT series_id, host_country FROM series"
                + " WHERE edition_id = ? AND release_number = ?");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("edition '" + editionId + "' has no series row");
            }
            String id = row.getString("series_id");
            return new Series(new SeriesId(id), country(row, "host_country"),
                    text("series", id, 0, "name"));
        }
    }

    private List<Track> tracks() throws SQLException {
        List<Track> tracks = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT track_id FROM tracks"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("track_id");
                tracks.add(new Track(new TrackId(id), text("track", id, 0, "name")));
            }
        }
        return tracks;
    }

    private List<Venue> venues() throws SQLException {
        Map<String, List<Room>> rooms = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT room_id, venue_id, capacity, shared_space, illustrative"
                + " FROM rooms WHERE edition_id = ? AND release_number = ? ORDER BY venue_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("room_id");
                rooms.computeIfAbsent(rows.getString("venue_id"), k -> new ArrayList<>())
                        .add(new Room(new RoomId(id), text("room", id, 0, "name"), optionalInt(rows, "capacity"),
                                rows.getBoolean("shared_space"), provenance(rows, "room", id, 0)));
            }
        }
        List<Venue> venues = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT venue_id, short_name, city, country, illustrative FROM venues"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("venue_id");
                venues.add(new Venue(new VenueId(id), text("venue", id, 0, "name"),
                        Optional.ofNullable(rows.getString("short_name")),
                        Optional.ofNullable(rows.getString("city")), country(rows, "country"),
                        rooms.getOrDefault(id, List.of()),
                        provenance(rows, "venue", id, 0)));
            }
        }
        return venues;
    }

    private List<Ministry> ministries() throws SQLException {
        List<Ministry> ministries = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT ministry_id, country, acronym, illustrative FROM ministries"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("ministry_id");
                ministries.add(new Ministry(new MinistryId(id), new Country(rows.getString("country")),
                        text("ministry", id, 0, "name"), Optional.ofNullable(rows.getString("acronym")),
                        provenance(rows, "ministry", id, 0)));
            }
        }
        return ministries;
    }

    private List<Participation> participations() throws SQLException {
        Map<String, Set<ParticipationRole>> roles = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT ministry_id, role FROM participation_roles"
                + " WHERE edition_id = ? AND release_number = ?");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                roles.computeIfAbsent(rows.getString("ministry_id"), k -> EnumSet.noneOf(ParticipationRole.class))
                        .add(ParticipationRole.valueOf(rows.getString("role")));
            }
        }
        List<Participation> participations = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT ministry_id FROM participations"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("ministry_id");
                participations.add(new Participation(new MinistryId(id),
                        roles.getOrDefault(id, EnumSet.noneOf(ParticipationRole.class))));
            }
        }
        return participations;
    }

    private List<Official> officials() throws SQLException {
        List<Official> officials = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT official_id, full_name, honorific, ministry_id, precedence_rank,"
                + " illustrative FROM officials WHERE edition_id = ? AND release_number = ? ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("official_id");
                OptionalInt rank = optionalInt(rows, "precedence_rank");
                officials.add(new Official(new OfficialId(id), rows.getString("full_name"), rows.getString("honorific"),
                        text("official", id, 0, "post_title"),
                        Optional.ofNullable(rows.getString("ministry_id")).map(MinistryId::new),
                        rank.isPresent() ? new Precedence(rank.getAsInt()) : Precedence.UNRANKED,
                        provenance(rows, "official", id, 0)));
            }
        }
        return officials;
    }

    private List<Session> sessions() throws SQLException {
        Map<String, List<Participant>> participants = participants();
        Map<String, List<String>> languages = languages();
        Map<String, List<Statement>> statements = statements();
        Map<String, List<SessionLink>> links = links();
        List<Session> sessions = new ArrayList<>();
        try (PreparedStatement query = prepare("SELECT session_id, session_type, track_id, starts_at, starts_at_nano,"
                + " ends_at, ends_at_nano, room_id, status, expected_attendance, parallel_allowed, origin_edition_id,"
                + " origin_session_id, illustrative, source_guid, source_id, source_slug, source_kind, url"
                + " FROM sessions WHERE edition_id = ? AND release_number = ?"
                + " ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("session_id");
                String originEdition = rows.getString("origin_edition_id");
                Optional<SessionOrigin> origin = originEdition == null ? Optional.empty()
                        : Optional.of(new SessionOrigin(new EditionId(originEdition),
                                new SessionId(rows.getString("origin_session_id"))));
                sessions.add(new Session(new SessionId(id), SessionType.valueOf(rows.getString("session_type")),
                        text("session", id, 0, "title"), text("session", id, 0, "summary"),
                        Optional.ofNullable(rows.getString("track_id")).map(TrackId::new),
                        new TimeSlot(dialect.getDateTime(rows, "starts_at"), dialect.getDateTime(rows, "ends_at")),
                        Optional.ofNullable(rows.getString("room_id")).map(RoomId::new),
                        participants.getOrDefault(id, List.of()), languages.getOrDefault(id, List.of()),
                        SessionStatus.valueOf(rows.getString("status")), optionalInt(rows, "expected_attendance"),
                        statements.getOrDefault(id, List.of()), provenance(rows, "session", id, 0),
                        rows.getBoolean("parallel_allowed"), origin, new SourceIdentity(
                                Optional.ofNullable(rows.getString("source_guid")),
                                Optional.ofNullable(rows.getString("source_id")),
                                Optional.ofNullable(rows.getString("source_slug")),
                                Optional.ofNullable(rows.getString("source_kind"))),
                        Optional.ofNullable(rows.getString("url")).map(URI::create), links.getOrDefault(id, List.of())));
            }
        }
        return sessions;
    }

    private Map<String, List<Participant>> participants() throws SQLException {
        Map<String, List<Participant>> participants = new LinkedHashMap<>();
        try (PreparedStatement query = prepare("SELECT session_id, position, official_id, role, mandate_rank"
                + " FROM session_participants WHERE edition_id = ? AND release_number = ?"
                + " ORDER BY session_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String session = rows.getString("session_id");
                OptionalInt rank = optionalInt(rows, "mandate_rank");
                Optional<Mandate> mandate = rank.isEmpty() ? Optional.empty()
                        : Optional.of(new Mandate(text("participant", session, rows.getInt("position"), "authority"),
                                new Precedence(rank.getAsInt())));
                participants.computeIfAbsent(session, k -> new ArrayList<>())
                        .add(new Participant(new OfficialId(rows.getString("official_id")),
                                ParticipantRole.valueOf(rows.getString("role")), mandate));
            }
        }
        return participants;
    }

    private Map<String, List<String>> languages() throws SQLException {
        Map<String, List<String>> languages = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT session_id, language FROM session_languages"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY session_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                languages.computeIfAbsent(rows.getString("session_id"), k -> new ArrayList<>())
                        .add(rows.getString("language"));
            }
        }
        return languages;
    }

    private Map<String, List<SessionLink>> links() throws SQLException {
        Map<String, List<SessionLink>> links = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT session_id, position, url, kind FROM session_links"
                + " WHERE edition_id = ? AND release_number = ? ORDER BY session_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String session = rows.getString("session_id");
                links.computeIfAbsent(session, k -> new ArrayList<>())
                        .add(new SessionLink(URI.create(rows.getString("url")),
                                text("session_link", session, rows.getInt("position"), "title"),
                                LinkKind.valueOf(rows.getString("kind"))));
            }
        }
        return links;
    }

    private Map<String, List<Statement>> statements() throws SQLException {
        Map<String, List<Statement>> statements = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT session_id, position, speaker_id, quotation, language,"
                + " illustrative FROM statements WHERE edition_id = ? AND release_number = ?"
                + " ORDER BY session_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String session = rows.getString("session_id");
                statements.computeIfAbsent(session, k -> new ArrayList<>())
                        .add(new Statement(new OfficialId(rows.getString("speaker_id")), rows.getString("quotation"),
                                rows.getString("language"),
                                provenance(rows, "statement", session, rows.getInt("position"))));
            }
        }
        return statements;
    }

    /**
     * @param rows   a row
     * @param column a column of country codes
     * @return the country, empty when the column is NULL: not given
     */
    static Optional<Country> country(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column)).map(Country::new);
    }

    private static OptionalInt optionalInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
