package org.digitalweek.event.persistence.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * Editions in an SQLite file or a PostgreSQL database, in a normalized schema that people can query
 * with SQL. The migrations under {@code org/digitalweek/event/persistence/jdbc/db-migration/} define
 * it and explain each table; in short:
 *
 * <ul>
 *   <li>{@code editions} holds one row per programme, keyed by {@code (edition_id, release_number)}:
 *       release number 0 is the edition as it is now, whose {@code version} guards saves; n is the
 *       programme frozen by release n. {@code releases} holds each release's label, time, edition
 *       version and session count.</li>
 *   <li>Every other table starts with the same two key columns: {@code series}, {@code tracks},
 *       {@code venues}, {@code rooms}, {@code ministries}, {@code participations},
 *       {@code participation_roles}, {@code officials}, {@code sessions},
 *       {@code session_participants}, {@code session_languages}, {@code statements}, and the
 *       internal {@code protocol_files} and {@code protocol_contacts}. A {@code position} column
 *       keeps the order of every list.</li>
 *   <li>Every localized text, provenance notes included, is in one table, {@code texts}, one row
 *       per language, keyed by the owner's kind, id and position and the field: one place to look
 *       for a translation, and no table per text.</li>
 * </ul>
 *
 * <p>How it behaves:
 *
 * <ul>
 *   <li><b>Schema.</b> Opening the store brings the schema up to date with Flyway, and refuses a
 *       database whose schema a newer library has migrated further, changing nothing.</li>
 *   <li><b>Writes.</b> Each save, publication or delete is one transaction: it locks the edition's
 *       row (PostgreSQL: {@code SELECT … FOR UPDATE}; SQLite: {@code BEGIN IMMEDIATE}), checks the
 *       version the caller read, moves the row to the next version with
 *       {@code UPDATE … WHERE version = ?} (or inserts it, for version 0) with a new random stamp,
 *       and writes the content rows that differ from those stored, in batches: only those when the
 *       row still carries the stamp of the edition this store last saved or loaded
 *       ({@link KnownProgrammes}), else all of them, after deleting the old. Any failure rolls the
 *       whole transaction back.</li>
 *   <li><b>Releases</b> are written into the same tables as the edition, under their own release
 *       number (the edition itself is release number 0), once, so SQL reads an old release as it
 *       reads the current programme.</li>
 *   <li><b>Listing</b> filters by series, host country, status and day in SQL, and orders in Java
 *       with {@link EditionSummary#ORDER}, so the order does not hang on the database's collation.</li>
 *   <li><b>Connections.</b> Each operation borrows a connection of its own and gives it back when
 *       done, so the store is safe to share between threads; a few idle connections are kept for
 *       the next operations, and {@link #close()} closes them.</li>
 *   <li><b>Errors.</b> A database error becomes a {@link StorageFailureException} that names the
 *       store by its URL with any password replaced by {@code ***}.</li>
 * </ul>
 */
public final class JdbcEditions implements Editions {

    private final StoreUri uri;
    private final Dialect dialect;
    private final Connections connections;
    /** The URL the store connects with when its SQLite file is on read-only media. */
    private final Optional<String> readOnly;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final KnownProgrammes known = new KnownProgrammes();

    private JdbcEditions(StoreUri uri) {
        this.uri = uri;
        this.dialect = uri.dialect();
        this.readOnly = dialect == Dialect.SQLITE ? ReadOnlySqlite.url(uri) : Optional.empty();
        this.connections = new Connections(readOnly.orElse(uri.url()), dialect.connectionProperties());
    }

    /**
     * Opens the store and brings its schema up to date.
     *
     * @param url {@code jdbc:sqlite:PATH}, or {@code jdbc:postgresql://HOST[:PORT]/DATABASE} with the
     *            driver's own parameters, e.g. {@code ?user=…&password=…&currentSchema=…}
     * @return the open store; the caller closes it
     * @throws org.digitalweek.event.domain.error.StoreUriException when the URL is malformed, or the
     *                                 driver or Flyway is missing (optional dependencies of this module)
     * @throws StorageFailureException when the database cannot be reached, its schema cannot be
     *                                 migrated, or its schema is newer than this library's
     */
    public static JdbcEditions open(String url) {
        Objects.requireNonNull(url, "'url' must not be null");
        StoreUri checked = StoreUri.parse(url);
        JdbcLibraries.require(checked, JdbcEditions.class.getClassLoader());
        checked.sqliteFile().ifPresent(SqliteFile::createIfMissing);
        JdbcEditions store = new JdbcEditions(checked);
        store.prepareSchema();
        return store;
    }

    private void prepareSchema() {
        try (Connection connection = connections.getConnection()) {
            // Schema first: a database refused there is left exactly as it was.
            Schema.migrate(connections, uri);
            if (readOnly.isEmpty()) { // read-only media keep the journal mode they were written with
                dialect.prepare(connection);
            }
        } catch (SQLException e) {
            throw failure("cannot open the database", e);
        }
    }

    /** @return the store's URL with any password replaced by {@code ***} */
    public String name() {
        return uri.shown();
    }

    /** {@inheritDoc} An SQLite store's database file and its journals; nothing for PostgreSQL. */
    @Override
    public List<Path> localFiles() {
        return uri.sqliteFile().map(SqliteFile::withJournals).orElse(List.of());
    }

    @Override
    public Optional<Edition> load(EditionId id) {
        return read("cannot load edition '" + id + "'", connection -> {
            ProgrammeReader reader = new ProgrammeReader(connection, dialect, id.value(), 0);
            Optional<PublicEdition> programme = reader.read();
            if (programme.isEmpty()) {
                return Optional.empty();
            }
            Edition edition = new Edition(programme.get(), reader.readInternal());
            known.remember(id.value(), reader.stamp().orElse(null), edition);
            return Optional.of(edition);
        });
    }

    @Override
    public Edition save(Edition edition, long expectedVersion) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        return write("cannot save edition '" + edition.id() + "'",
                connection -> store(connection, edition, expectedVersion, null));
    }

    @Override
    public Edition publish(Edition edition, long expectedVersion, Release release) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(release, "'release' must not be null");
        return write("cannot publish edition '" + edition.id() + "'",
                connection -> store(connection, edition, expectedVersion, release));
    }

    private Edition store(Connection connection, Edition edition, long expectedVersion, Release release)
            throws SQLException {
        String id = edition.id().value();
        Optional<Locked> locked = lockedRow(connection, id);
        long actual = locked.map(Locked::version).orElse(0L);
        if (actual != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion, actual);
        }
        Edition stored = edition.atVersion(expectedVersion + 1);
        String stamp = KnownProgrammes.newStamp();
        ProgrammeWriter writer = new ProgrammeWriter(connection, dialect, id, 0);
        int changed = expectedVersion == 0 ? writer.insertEditionRow(stored.publicView(), stamp)
                : writer.updateEditionRow(stored.publicView(), expectedVersion, stamp);
        if (changed != 1) {
            // Another writer got there first (only possible for a create, which no row lock guards).
            throw new VersionConflictException(id, expectedVersion, currentVersion(connection, id));
        }
        Optional<Edition> before = locked.flatMap(row -> known.find(id, row.stamp()));
        if (before.isPresent()) {
            writer.replaceContent(before.get(), stored);
        } else {
            if (expectedVersion != 0) {
                writer.deleteContent();
            }
            writer.insertContent(stored.publicView());
            writer.insertInternal(stored.internal());
        }
        if (release != null) {
            append(connection, id, release);
        }
        // Remembered before the commit: should the commit fail, the stamp is in no row, and never matches.
        known.remember(id, stamp, stored);
        return stored;
    }

    /** Appends the release after the edition is written, so a refusal here also undoes that. */
    private void append(Connection connection, String id, Release release) throws SQLException {
        release.requireNext(new EditionId(id), lastReleaseNumber(connection, id));
        ProgrammeWriter writer = new ProgrammeWriter(connection, dialect, id, release.number());
        writer.insertEditionRow(release.programme());
        writer.insertContent(release.programme());
        writer.insertReleaseRow(release);
    }

    /** The edition's row as a save locks it: its version and the stamp of the save that wrote it. */
    private record Locked(long version, String stamp) {
    }

    private Optional<Locked> lockedRow(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version, save_stamp FROM editions"
                + " WHERE edition_id = ? AND release_number = 0" + dialect.lockEditionRow())) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Locked(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    private static long currentVersion(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version FROM editions WHERE edition_id = ? AND release_number = 0")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }

    private static int lastReleaseNumber(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) FROM releases WHERE edition_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Override
    public List<ReleaseSummary> releases(EditionId id) {
        return read("cannot list the releases of edition '" + id + "'", connection -> {
            List<ReleaseSummary> releases = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT number, label, published_at,"
                    + " published_at_nano, edition_version, session_count FROM releases WHERE edition_id = ?"
                    + " ORDER BY number")) {
                query.setString(1, id.value());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        releases.add(new ReleaseSummary(id, rows.getInt("number"), rows.getString("label"),
                                dialect.getInstant(rows, "published_at"), rows.getLong("edition_version"),
                                rows.getInt("session_count")));
                    }
                }
            }
            return releases;
        });
    }

    @Override
    public Optional<Release> release(EditionId id, int number) {
        if (number < 1) {
            return Optional.empty();
        }
        return read("cannot load release " + number + " of edition '" + id + "'", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT label, published_at, published_at_nano"
                    + " FROM releases WHERE edition_id = ? AND number = ?")) {
                query.setString(1, id.value());
                query.setInt(2, number);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String label = row.getString("label");
                    PublicEdition programme = new ProgrammeReader(connection, dialect, id.value(), number).read()
                            .orElseThrow(() -> new SQLException("release " + number + " has no programme"));
                    return Optional.of(new Release(id, number, label, dialect.getInstant(row, "published_at"),
                            programme));
                }
            }
        });
    }

    @Override
    public List<EditionSummary> list(EditionQuery query) {
        Objects.requireNonNull(query, "'query' must not be null");
        return read("cannot list editions", connection -> {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT e.edition_id, s.series_id, e.number, e.starts_on,"
                    + " e.ends_on, e.host_city, e.host_country, e.status, e.version,"
                    + " (SELECT COUNT(*) FROM sessions x WHERE x.edition_id = e.edition_id"
                    + " AND x.release_number = 0) AS session_count, t.language, t.value"
                    + " FROM editions e JOIN series s ON s.edition_id = e.edition_id"
                    + " AND s.release_number = e.release_number"
                    + " LEFT JOIN texts t ON t.edition_id = e.edition_id AND t.release_number = e.release_number"
                    + " AND t.owner_kind = 'edition' AND t.owner_position = 0 AND t.field = 'title'"
                    + " WHERE e.release_number = 0");
            // Fixed fragments with parameters: the criteria's values are bound, never written into the SQL.
            query.series().ifPresent(series -> {
                sql.append(" AND s.series_id = ?");
                parameters.add(series.value());
            });
            query.hostCountry().ifPresent(country -> {
                sql.append(" AND e.host_country = ?");
                parameters.add(country.code());
            });
            query.status().ifPresent(status -> {
                sql.append(" AND e.status = ?");
                parameters.add(status.name());
            });
            query.activeOn().ifPresent(day -> {
                sql.append(" AND e.starts_on <= ? AND e.ends_on >= ?");
                parameters.add(day);
                parameters.add(day);
            });
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof LocalDate day) {
                        dialect.setDate(statement, i + 1, day);
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return summaries(rows);
                }
            }
        });
    }

    /** The columns of a listed edition, before its title is gathered from one row per language. */
    private record Listed(SeriesId series, int number, DateRange dates, Optional<String> hostCity,
                          Optional<Country> hostCountry,
                          EditionStatus status, long version, int sessionCount) {
    }

    private List<EditionSummary> summaries(ResultSet rows) throws SQLException {
        Map<String, Listed> editions = new LinkedHashMap<>();
        Map<String, Map<String, String>> titles = new LinkedHashMap<>();
        while (rows.next()) {
            String id = rows.getString("edition_id");
            if (!editions.containsKey(id)) {
                editions.put(id, new Listed(new SeriesId(rows.getString("series_id")), rows.getInt("number"),
                        new DateRange(dialect.getDate(rows, "starts_on"), dialect.getDate(rows, "ends_on")),
                        Optional.ofNullable(rows.getString("host_city")), ProgrammeReader.country(rows, "host_country"),
                        EditionStatus.valueOf(rows.getString("status")), rows.getLong("version"),
                        rows.getInt("session_count")));
                titles.put(id, new TreeMap<>());
            }
            String language = rows.getString("language");
            if (language != null) {
                titles.get(id).put(language, rows.getString("value"));
            }
        }
        List<EditionSummary> summaries = new ArrayList<>();
        editions.forEach((id, e) -> summaries.add(new EditionSummary(new EditionId(id), e.series(), e.number(),
                new LocalizedText(titles.get(id)), e.dates(), e.hostCity(), e.hostCountry(), e.status(), e.version(),
                e.sessionCount())));
        summaries.sort(EditionSummary.ORDER);
        return summaries;
    }

    @Override
    public void delete(EditionId id, long expectedVersion) {
        write("cannot delete edition '" + id + "'", connection -> {
            long actual = lockedRow(connection, id.value()).map(Locked::version)
                    .orElseThrow(() -> new EditionNotFoundException(id.value()));
            if (actual != expectedVersion) {
                throw new VersionConflictException(id.value(), expectedVersion, actual);
            }
            ProgrammeWriter.deleteEdition(connection, id.value());
            return null;
        });
    }

    /**
     * Closes the idle connections; an operation under way closes its own when it ends. A closed store
     * refuses further operations. Closing twice does nothing more.
     *
     * @throws StorageFailureException when a connection fails to close
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            connections.close();
        } catch (SQLException e) {
            throw failure("cannot close the connections", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcEditions[" + uri.shown() + "]";
    }

    /** Work done with a connection inside a transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(String action, Work<T> work) {
        return inTransaction(action, true, work);
    }

    private <T> T read(String action, Work<T> work) {
        try {
            return inTransaction(action, false, work);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            // The model's constructors refused what was read: rows written by hand, or damaged.
            throw new StorageFailureException(uri.shown(), action + ": the stored rows break a rule of the model: "
                    + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String action, boolean write, Work<T> work) {
        if (closed.get()) {
            throw new StorageFailureException(uri.shown(), action + ": the store is closed", null);
        }
        Connection connection;
        try {
            connection = connections.borrow();
        } catch (SQLException e) {
            throw failure(action, e);
        }
        boolean reusable = false;
        try {
            dialect.begin(connection, write);
            try {
                T result = work.run(connection);
                dialect.commit(connection);
                reusable = true;
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                reusable = rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(action, e);
        } finally {
            connections.giveBack(connection, reusable);
        }
    }

    /** @return whether the rollback succeeded, leaving the connection fit for another transaction */
    private boolean rollback(Connection connection, Throwable cause) {
        try {
            dialect.rollback(connection);
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    private StorageFailureException failure(String action, SQLException e) {
        return new StorageFailureException(uri.shown(), action + ": " + uri.scrub(e.getMessage()), e);
    }
}
