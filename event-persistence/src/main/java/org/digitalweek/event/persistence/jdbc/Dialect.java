package org.digitalweek.event.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * Everything that differs between SQLite and PostgreSQL, in one place: how connections are set up,
 * how a transaction starts and how the edition row is locked, and how dates and times are bound.
 * The DDL differs too, in the two migration folders. The SQL of the store is otherwise the same
 * for both (standard SQL plus {@code INSERT … ON CONFLICT DO NOTHING}, which both speak).
 *
 * <p>A time goes in two columns: the value to the microsecond, which is what PostgreSQL keeps, in
 * the named column, and its nano-of-second in the column of the same name ending in {@code _nano},
 * which follows it in every statement.
 */
enum Dialect {

    /**
     * SQLite: one writer at a time per file. A write transaction starts with {@code BEGIN IMMEDIATE},
     * which takes the file's write lock at once (waiting up to the busy timeout), so the edition row
     * needs no lock of its own; a read is a deferred transaction, a snapshot in WAL mode. Dates and
     * times are ISO-8601 text of fixed width.
     */
    SQLITE("sqlite") {
        private final DateTimeFormatter localTime = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
        private final DateTimeFormatter instant =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

        @Override
        Properties connectionProperties() {
            Properties properties = new Properties();
            properties.setProperty("busy_timeout", Long.toString(BUSY_TIMEOUT_MILLIS));
            properties.setProperty("foreign_keys", "true");
            return properties;
        }

        @Override
        void prepare(Connection connection) throws SQLException {
            // Readers then never wait for the writer. The mode is kept in the file: set it only once.
            try (Statement statement = connection.createStatement();
                 ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                if (mode.next() && "wal".equalsIgnoreCase(mode.getString(1))) {
                    return;
                }
            }
            execute(connection, "PRAGMA journal_mode=WAL");
        }

        @Override
        void begin(Connection connection, boolean write) throws SQLException {
            // The driver would begin again right after each commit and hold the write lock until the
            // connection closes; plain SQL statements keep the transaction's bounds where we put them.
            execute(connection, write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        void rollback(Connection connection) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException noTransaction) {
                // No transaction is open (BEGIN failed, or COMMIT ended it): nothing to undo. A
                // transaction that is open but cannot be rolled back ends when the connection closes.
            }
        }

        @Override
        String lockEditionRow() {
            return "";
        }

        @Override
        void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            statement.setString(index, value.toString());
        }

        @Override
        LocalDate getDate(ResultSet rows, String column) throws SQLException {
            return LocalDate.parse(rows.getString(column));
        }

        @Override
        void bindDateTime(PreparedStatement statement, int index, LocalDateTime micros) throws SQLException {
            statement.setString(index, localTime.format(micros));
        }

        @Override
        LocalDateTime readDateTime(ResultSet rows, String column) throws SQLException {
            return LocalDateTime.parse(rows.getString(column));
        }

        @Override
        void bindInstant(PreparedStatement statement, int index, Instant micros) throws SQLException {
            statement.setString(index, instant.format(micros));
        }

        @Override
        Instant readInstant(ResultSet rows, String column) throws SQLException {
            String text = rows.getString(column);
            return text == null ? null : Instant.parse(text);
        }

        @Override
        int timestampType() {
            return Types.VARCHAR;
        }
    },

    /**
     * PostgreSQL: a write transaction is READ COMMITTED and locks the edition row with
     * {@code SELECT … FOR UPDATE}, so writers of one edition queue while writers of others proceed;
     * a read is a REPEATABLE READ, read-only transaction, one snapshot for all its queries. Dates and
     * times are {@code date}, {@code timestamp} (wall-clock session times) and {@code timestamptz}.
     */
    POSTGRESQL("postgresql") {
        @Override
        Properties connectionProperties() {
            Properties properties = new Properties();
            properties.setProperty("ApplicationName", "digitalweek");
            // One multi-row INSERT per batch instead of one round trip per row.
            properties.setProperty("reWriteBatchedInserts", "true");
            return properties;
        }

        @Override
        void prepare(Connection connection) {
            // Nothing to set up beyond the schema.
        }

        @Override
        void begin(Connection connection, boolean write) throws SQLException {
            connection.setAutoCommit(false);
            connection.setReadOnly(!write);
            connection.setTransactionIsolation(
                    write ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
        }

        @Override
        void commit(Connection connection) throws SQLException {
            connection.commit();
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }

        @Override
        String lockEditionRow() {
            return " FOR UPDATE";
        }

        @Override
        void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            statement.setObject(index, value);
        }

        @Override
        LocalDate getDate(ResultSet rows, String column) throws SQLException {
            return rows.getObject(column, LocalDate.class);
        }

        @Override
        void bindDateTime(PreparedStatement statement, int index, LocalDateTime micros) throws SQLException {
            statement.setObject(index, micros);
        }

        @Override
        LocalDateTime readDateTime(ResultSet rows, String column) throws SQLException {
            return rows.getObject(column, LocalDateTime.class);
        }

        @Override
        void bindInstant(PreparedStatement statement, int index, Instant micros) throws SQLException {
            statement.setObject(index, OffsetDateTime.ofInstant(micros, ZoneOffset.UTC));
        }

        @Override
        Instant readInstant(ResultSet rows, String column) throws SQLException {
            OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        @Override
        int timestampType() {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
    };

    /** How long an SQLite writer waits for another to finish before it fails. */
    static final long BUSY_TIMEOUT_MILLIS = 30_000;

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** @return the Flyway location of this dialect's migrations */
    String migrations() {
        return "classpath:org/digitalweek/event/persistence/jdbc/db-migration/" + folder;
    }

    /** @return the driver properties of every connection, besides those of the URL */
    abstract Properties connectionProperties();

    /**
     * Sets up the database once, when the store opens.
     *
     * @param connection a connection outside any transaction
     * @throws SQLException when the database refuses
     */
    abstract void prepare(Connection connection) throws SQLException;

    /**
     * @param connection a connection outside any transaction
     * @param write      whether the transaction writes
     * @throws SQLException when the transaction cannot start
     */
    abstract void begin(Connection connection, boolean write) throws SQLException;

    /**
     * @param connection a connection in a transaction
     * @throws SQLException when the commit fails; the transaction is then still open
     */
    abstract void commit(Connection connection) throws SQLException;

    /**
     * Undoes whatever the transaction did, if one is open.
     *
     * @param connection a connection
     * @throws SQLException when the rollback fails
     */
    abstract void rollback(Connection connection) throws SQLException;

    /** @return what ends the query that reads the edition row before a write */
    abstract String lockEditionRow();

    /** Binds a day. */
    abstract void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException;

    /** @return the day in the column */
    abstract LocalDate getDate(ResultSet rows, String column) throws SQLException;

    /** Binds a wall-clock time already truncated to the microsecond; see {@link #setDateTime}. */
    abstract void bindDateTime(PreparedStatement statement, int index, LocalDateTime micros) throws SQLException;

    /** @return the wall-clock time in the column, to the microsecond */
    abstract LocalDateTime readDateTime(ResultSet rows, String column) throws SQLException;

    /** Binds an instant already truncated to the microsecond; see {@link #setInstant}. */
    abstract void bindInstant(PreparedStatement statement, int index, Instant micros) throws SQLException;

    /** @return the instant in the column, to the microsecond, or null */
    abstract Instant readInstant(ResultSet rows, String column) throws SQLException;

    /** @return the JDBC type of an instant's column, for nulls */
    abstract int timestampType();

    /**
     * Binds a wall-clock time at {@code index} and its nano-of-second at {@code index + 1}.
     *
     * @param statement a statement
     * @param index     the index of the time's column
     * @param value     the time
     * @throws SQLException when binding fails
     */
    final void setDateTime(PreparedStatement statement, int index, LocalDateTime value) throws SQLException {
        // Truncate rather than let PostgreSQL round, which could carry into the next second.
        bindDateTime(statement, index, value.truncatedTo(ChronoUnit.MICROS));
        statement.setInt(index + 1, value.getNano());
    }

    /**
     * @param rows   a row
     * @param column the time's column; its nano-of-second is in {@code column + "_nano"}
     * @return the exact time
     * @throws SQLException when reading fails
     */
    final LocalDateTime getDateTime(ResultSet rows, String column) throws SQLException {
        return readDateTime(rows, column).withNano(rows.getInt(column + "_nano"));
    }

    /**
     * Binds an instant, or null, at {@code index} and its nano-of-second at {@code index + 1}.
     *
     * @param statement a statement
     * @param index     the index of the instant's column
     * @param value     the instant, or null
     * @throws SQLException when binding fails
     */
    final void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, timestampType());
            statement.setNull(index + 1, Types.INTEGER);
        } else {
            bindInstant(statement, index, value.truncatedTo(ChronoUnit.MICROS));
            statement.setInt(index + 1, value.getNano());
        }
    }

    /**
     * @param rows   a row
     * @param column the instant's column; its nano-of-second is in {@code column + "_nano"}
     * @return the exact instant, or null when the column is null
     * @throws SQLException when reading fails
     */
    final Instant getInstant(ResultSet rows, String column) throws SQLException {
        Instant micros = readInstant(rows, column);
        return micros == null ? null : micros.with(ChronoField.NANO_OF_SECOND, rows.getInt(column + "_nano"));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
