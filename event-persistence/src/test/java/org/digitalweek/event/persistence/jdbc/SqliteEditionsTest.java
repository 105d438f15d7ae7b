package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on SQLite keeps every promise of the storage port: a new file for each test. */
class SqliteEditionsTest extends JdbcEditionsContract {

    @TempDir
    Path folder;

    @Override
    protected String newDatabaseUrl() {
        return "jdbc:sqlite:" + folder.resolve("editions.db");
    }

    @Test
    void theFileIsInWriteAheadLogModeAndTheStoreEnforcesForeignKeys() throws SQLException {
        open().save(richEdition(), 0);

        try (Connection plain = connect();
             Connection asTheStoreConnects = DriverManager.getConnection(url(), Dialect.SQLITE.connectionProperties())) {
            assertThat(pragma(plain, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(asTheStoreConnects, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(asTheStoreConnects, "busy_timeout")).isEqualTo("30000");
        }
        assertThat(folder.resolve("editions.db")).isRegularFile();
    }

    /** SQLite checks foreign keys only as rows are written: a rebuilt table is checked here. */
    @Override
    protected List<String> foreignKeyViolations() throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (rows.next()) {
                violations.add(rows.getString("table") + " row " + rows.getLong("rowid") + " → "
                        + rows.getString("parent"));
            }
        }
        return violations;
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("PRAGMA " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
