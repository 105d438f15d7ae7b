package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
    void theFileIsInWriteAheadLogModeWithForeignKeysEnforced() throws SQLException {
        open().save(richEdition(), 0);

        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
        }
        assertThat(folder.resolve("editions.db")).isRegularFile();
    }
}
