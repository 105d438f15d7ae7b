package org.digitalweek.event.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;

/**
 * The rows of one {@code INSERT}, bound to a prepared statement and sent in one batch. Values are
 * strings, numbers, booleans or null; a {@link LocalDateTime} fills two parameters, the time and its
 * nano-of-second (see {@link Dialect}).
 */
final class Batch implements AutoCloseable {

    private final Dialect dialect;
    private final PreparedStatement statement;
    private int rows;

    /**
     * @param connection the transaction's connection
     * @param dialect    how to bind times
     * @param sql        an {@code INSERT} with one parameter per value (two per time)
     * @throws SQLException when the statement cannot be prepared
     */
    Batch(Connection connection, Dialect dialect, String sql) throws SQLException {
        this.dialect = dialect;
        this.statement = connection.prepareStatement(sql);
    }

    /**
     * @param values the row's values, in the order of the statement's parameters
     * @throws SQLException when a value cannot be bound
     */
    void add(Object... values) throws SQLException {
        int index = 1;
        for (Object value : values) {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof LocalDateTime time) {
                dialect.setDateTime(statement, index, time);
                index++;
            } else {
                statement.setObject(index, value);
            }
            index++;
        }
        statement.addBatch();
        rows++;
    }

    /**
     * Sends the rows added, if any.
     *
     * @throws SQLException when the database refuses a row
     */
    void run() throws SQLException {
        if (rows > 0) {
            statement.executeBatch();
            rows = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
