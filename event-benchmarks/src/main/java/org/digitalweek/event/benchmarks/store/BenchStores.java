package org.digitalweek.event.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.jdbc.JdbcEditions;
import org.digitalweek.event.persistence.json.JsonFileEditions;

/**
 * An empty store of each kind, for one benchmark trial, and its removal afterwards: JSON files in a
 * new folder under the system's temporary folder, SQLite in a new file there, PostgreSQL in a new
 * schema of the server named by {@value #PG_URL} (a JDBC URL with its user; {@code bench/run} starts
 * a server and sets it).
 */
final class BenchStores implements AutoCloseable {

    /** The environment variable naming the PostgreSQL server, as for the tests. */
    static final String PG_URL = "DIGITALWEEK_TEST_PG_URL";

    private final String kind;
    private final Path folder;
    private final String schema;
    private final Editions editions;

    /**
     * @param kind {@code file}, {@code sqlite} or {@code postgresql}
     * @throws IllegalStateException when PostgreSQL is asked for and no server is named
     */
    BenchStores(String kind) {
        this.kind = kind;
        try {
            folder = Files.createTempDirectory("digitalweek-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (kind) {
            case "file" -> {
                schema = null;
                editions = JsonFileEditions.open(folder.resolve("store"));
            }
            case "sqlite" -> {
                schema = null;
                editions = JdbcEditions.open("jdbc:sqlite:" + folder.resolve("store.db"));
            }
            case "postgresql" -> {
                schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
                execute("CREATE SCHEMA " + schema);
                String url = server();
                editions = JdbcEditions.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            }
            default -> throw new IllegalArgumentException("no store kind '" + kind + "': file, sqlite or postgresql");
        }
    }

    /** @return the PostgreSQL schema of the store, or null for another kind */
    String schema() {
        return schema;
    }

    /** @return the open store */
    Editions editions() {
        return editions;
    }

    /** Closes the store and removes everything it wrote. */
    @Override
    public void close() {
        editions.close();
        if ("postgresql".equals(kind)) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String server() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(PG_URL + " is not set: bench/run starts a PostgreSQL server and sets it,"
                    + " or set it to a JDBC URL with its user, e.g. jdbc:postgresql://127.0.0.1:5432/db?user=postgres");
        }
        return url;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + PG_URL, e);
        }
    }
}
