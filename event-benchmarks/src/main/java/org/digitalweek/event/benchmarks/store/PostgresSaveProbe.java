package org.digitalweek.event.benchmarks.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.edition.Edition;

/**
 * Shows how PostgreSQL stores an edition: one save of a new edition into an empty schema, then a
 * look at the rows it wrote. Every row a transaction writes carries that transaction's id in the
 * {@code xmin} system column, so the number of distinct {@code xmin} values is the number of
 * transactions the save took.
 */
public final class PostgresSaveProbe {

    private static final List<String> TABLES = List.of("editions", "series", "tracks", "venues", "rooms",
            "ministries", "participations", "participation_roles", "officials", "sessions", "session_participants",
            "session_languages", "statements", "texts");

    /**
     * @param sessions     the edition's sessions
     * @param rows         the rows the save wrote
     * @param transactions the transactions that wrote them
     * @param millis       how long the save took, once, in milliseconds
     */
    public record Result(int sessions, long rows, long transactions, double millis) {
    }

    private PostgresSaveProbe() {
    }

    /**
     * @param sessions the size of the federated week to save
     * @return what the save wrote, or nothing when no server is named by {@value BenchStores#PG_URL}
     */
    public static Optional<Result> run(int sessions) {
        String url = System.getenv(BenchStores.PG_URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Edition edition = Edition.of(Programmes.federated(sessions));
        try (BenchStores store = new BenchStores("postgresql")) {
            long start = System.nanoTime();
            store.editions().save(edition, 0);
            double millis = (System.nanoTime() - start) / 1e6;
            String union = String.join(" UNION ALL ", TABLES.stream()
                    .map(t -> "SELECT xmin::text AS tx FROM " + store.schema() + "." + t).toList());
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement();
                 ResultSet counts = statement.executeQuery(
                         "SELECT count(*), count(DISTINCT tx) FROM (" + union + ") AS written")) {
                counts.next();
                return Optional.of(new Result(sessions, counts.getLong(1), counts.getLong(2), millis));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of the save", e);
            }
        }
    }
}
