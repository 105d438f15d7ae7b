package org.digitalweek.event.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes rows of content tables under one key (edition id, release number): one batch per table
 * and kind of statement, the key's two values bound around each row's own.
 *
 * @param connection    the transaction's connection
 * @param dialect       the database's dialect
 * @param editionId     the edition
 * @param releaseNumber 0 for the edition itself, n for the programme of release n
 */
record RowWrites(Connection connection, Dialect dialect, String editionId, int releaseNumber) {

    /**
     * Inserts every row of the programme, parents first.
     *
     * @param content the rows
     * @throws SQLException when the database refuses
     */
    void insertAll(ContentRows content) throws SQLException {
        for (ContentTable table : ContentTable.values()) {
            insert(table, content.of(table));
        }
    }

    /** Inserts the rows. */
    void insert(ContentTable table, List<Object[]> rows) throws SQLException {
        run(table.insert(), rows, row -> {
            Object[] values = new Object[row.length + 2];
            values[0] = editionId;
            values[1] = releaseNumber;
            System.arraycopy(row, 0, values, 2, row.length);
            return values;
        });
    }

    /** Updates the rows of the same keys to the rows' other values. */
    void update(ContentTable table, List<Object[]> rows) throws SQLException {
        int key = table.keyLength();
        run(table.update(), rows, row -> {
            int others = row.length - key;
            Object[] values = new Object[row.length + 2];
            System.arraycopy(row, key, values, 0, others);
            values[others] = editionId;
            values[others + 1] = releaseNumber;
            System.arraycopy(row, 0, values, others + 2, key);
            return values;
        });
    }

    /** Deletes the rows of the same keys. */
    void delete(ContentTable table, List<Object[]> rows) throws SQLException {
        int key = table.keyLength();
        run(table.delete(), rows, row -> {
            Object[] values = new Object[key + 2];
            values[0] = editionId;
            values[1] = releaseNumber;
            System.arraycopy(row, 0, values, 2, key);
            return values;
        });
    }

    private void run(String sql, List<Object[]> rows, UnaryOperator<Object[]> bind) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Batch batch = new Batch(connection, dialect, sql)) {
            for (Object[] row : rows) {
                batch.add(bind.apply(row));
            }
            batch.run();
        }
    }
}
