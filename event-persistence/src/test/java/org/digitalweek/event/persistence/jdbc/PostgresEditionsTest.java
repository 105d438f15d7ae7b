package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * The JDBC store on a real PostgreSQL keeps every promise of the storage port: the server of
 * {@link TestPostgres}, a new schema for each test. Never skipped: without a server named by
 * {@code DIGITALWEEK_TEST_PG_URL}, an embedded one is started.
 */
class PostgresEditionsTest extends JdbcEditionsContract {

    private String schema;

    @Override
    protected String newDatabaseUrl() {
        schema = TestPostgres.createSchema();
        return TestPostgres.urlFor(schema);
    }

    @AfterEach
    void dropSchema() {
        closeStores();
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void aSaveAfterOneSessionMovedRewritesThatSessionsRowAndNoOther() throws SQLException {
        Editions store = open();
        Edition saved = store.save(FullEdition.edition(), 0);
        Set<String> firstSave = new HashSet<>(writers().values());

        store.save(ProgrammeEdits.inOrder().get("a session moved to another time and room").apply(saved),
                saved.version());

        Map<String, String> rewritten = writers();
        rewritten.values().removeAll(firstSave);
        assertThat(firstSave).hasSize(1);
        assertThat(rewritten).containsOnlyKeys("sessions opening");
    }

    /** @return the transaction that last wrote each content row (its {@code xmin}), by table and first key */
    private Map<String, String> writers() throws SQLException {
        Map<String, String> writers = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : ProgrammeWriter.CONTENT_TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT xmin::text, * FROM " + table)) {
                    int row = 0;
                    while (rows.next()) {
                        String key = table.equals("sessions") ? rows.getString("session_id") : Integer.toString(row++);
                        writers.put(table + " " + key, rows.getString(1));
                    }
                }
            }
        }
        return writers;
    }
}
