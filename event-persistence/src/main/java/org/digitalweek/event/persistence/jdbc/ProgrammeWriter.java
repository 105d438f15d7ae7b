package org.digitalweek.event.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;

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
        return insertEditionRow(edition, null);
    }

    /**
     * @param edition the programme
     * @param stamp   the save's stamp (see {@link KnownProgrammes}), or null for a release's row
     * @return the number of rows inserted: 0 when the row was already there
     * @throws SQLException when the database refuses
     */
    int insertEditionRow(PublicEdition edition, String stamp) throws SQLException {
        String stampColumn = stamp == null ? "" : ", save_stamp";
        String stampValue = stamp == null ? "" : ", ?";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO editions (edition_id, release_number, "
                + EDITION_COLUMNS + stampColumn + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + stampValue + ")"
                + " ON CONFLICT (edition_id, release_number) DO NOTHING")) {
            insert.setString(1, editionId);
            insert.setInt(2, releaseNumber);
            bindEditionColumns(insert, 3, edition);
            if (stamp != null) {
                insert.setString(14, stamp);
            }
            return insert.executeUpdate();
        }
    }

    /**
     * @param edition         the edition at its new version
     * @param expectedVersion the version the row must have
     * @param stamp           the save's stamp (see {@link KnownProgrammes})
     * @return the number of rows updated: 0 when the row is missing or at another version
     * @throws SQLException when the database refuses
     */
    int updateEditionRow(PublicEdition edition, long expectedVersion, String stamp) throws SQLException {
        String set = EDITION_COLUMNS.replace(",", " = ?,") + " = ?, save_stamp = ?";
        try (PreparedStatement update = connection.prepareStatement("UPDATE editions SET " + set
                + " WHERE edition_id = ? AND release_number = ? AND version = ?")) {
            bindEditionColumns(update, 1, edition);
            update.setString(12, stamp);
            update.setString(13, editionId);
            update.setInt(14, releaseNumber);
            update.setLong(15, expectedVersion);
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
        rowWrites().insertAll(ContentRows.of(e));
    }

    /**
     * Inserts the protocol office's files; only under release number 0.
     *
     * @param internal the internal records
     * @throws SQLException when the database refuses
     */
    void insertInternal(InternalRecords internal) throws SQLException {
        rowWrites().insertAll(ContentRows.of(internal));
    }

    /**
     * Turns the stored content of {@code before} into that of {@code after}, writing only the rows
     * that differ; the result is the same as {@link #deleteContent()} followed by inserting
     * {@code after} whole.
     *
     * @param before the edition whose content the rows hold now, internal records included
     * @param after  the edition to store
     * @return how many rows were written (inserted, updated or deleted)
     * @throws SQLException when the database refuses
     */
    int replaceContent(Edition before, Edition after) throws SQLException {
        ContentChanges changes = ContentChanges.between(before, after);
        changes.apply(rowWrites());
        return changes.size();
    }

    private RowWrites rowWrites() {
        return new RowWrites(connection, dialect, editionId, releaseNumber);
    }
}
