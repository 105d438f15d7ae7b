package org.digitalweek.event.persistence.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;
import org.digitalweek.event.persistence.jdbc.TestPostgres;

/**
 * A PostgreSQL client killed with {@code kill -9} in the middle of a transaction, several times:
 * each time the server rolls the transaction back, the store opens with the last committed version,
 * whole, and the next save goes through, so no lock was left behind. A kill that lands just after a
 * commit (between the last look at the server and the signal) is not counted, and its committed
 * version must then be the one found.
 *
 * <p>That each kill lands inside a transaction is checked on the server, not guessed: the client is
 * killed only once {@code pg_stat_activity} shows its session in a transaction that holds a
 * transaction id (it has locked or written a row), and after the kill the server must report that
 * transaction id as aborted ({@code txid_status}).
 */
class KilledPostgresClientIT {

    private static final int KILLS = 10;

    @TempDir
    Path folder;

    private String schema;
    private Connection observer;

    @BeforeEach
    void newSchema() throws SQLException {
        schema = TestPostgres.createSchema();
        observer = DriverManager.getConnection(TestPostgres.serverUrl());
    }

    @AfterEach
    void dropSchema() throws SQLException {
        observer.close();
        TestPostgres.dropSchema(schema);
    }

    @Test
    void aClientKilledMidTransactionLeavesTheLastCommittedVersionAndNoLock() throws Exception {
        String url = TestPostgres.urlFor(schema);
        Random random = new Random(20260129L);
        long waitedMillis = 0;
        Map<String, Integer> states = new TreeMap<>();
        try (Editions store = StoreCatalogue.discover(getClass().getClassLoader()).open(url)) {
            store.save(KilledClient.content(1), 0); // so that there is always a committed version to find
        }
        int attempts = 0;
        int missed = 0;
        for (int kill = 1; kill <= KILLS; attempts++) {
            assertThat(attempts).as("kills that landed inside a transaction, in %d attempts", attempts)
                    .isLessThan(3 * KILLS);
            String name = "killed-client-" + attempts;
            Process client = start(url + "&ApplicationName=" + name, name);
            Caught caught = killInsideTransaction(client, name, random.nextInt(2), random.nextInt(20));
            // The kill may land just after the transaction committed: the server knows which. Inside
            // it, the version found is the last the client reported; just after it, the client may not
            // have said so yet, and the version found is that one or the next.
            String status = settledStatus(caught.xid());
            assertThat(status).as("attempt %d: the killed transaction %d", attempts, caught.xid())
                    .isIn("aborted", "committed");
            boolean inside = status.equals("aborted");
            long reported = lastReported(name).orElseThrow();
            try (Editions store = StoreCatalogue.discover(getClass().getClassLoader()).open(url)) {
                Edition found = store.load(KilledClient.ID).orElseThrow();
                long committed = inside ? reported : found.version();
                assertThat(committed).as("attempt %d: the version found", attempts).isBetween(reported, reported + 1);
                assertThat(found).as("attempt %d: the last committed version, whole", attempts)
                        .isEqualTo(KilledClient.content(committed).atVersion(committed));
                long start = System.nanoTime();
                Edition next = CompletableFuture.supplyAsync(() -> store.save(KilledClient.content(committed + 1),
                        committed)).get(60, TimeUnit.SECONDS);
                waitedMillis = Math.max(waitedMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                assertThat(next.version()).isEqualTo(committed + 1);
            }
            assertThat(session(name)).as("attempt %d: the killed client's session ended", attempts).isEmpty();
            if (inside) {
                states.merge(caught.state(), 1, Integer::sum);
                kill++;
            } else {
                missed++;
            }
        }
        // The figures for docs/storage.md.
        System.out.printf("postgresql: %d clients killed inside a transaction (seen by the server as %s), each"
                + " rolled back (%d more killed just after a commit); the longest wait of the next save for the dead"
                + " client's lock: %d ms%n", KILLS, states, missed, waitedMillis);
    }

    private Process start(String url, String name) throws IOException {
        return new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), KilledClient.class.getName(),
                url)).redirectOutput(log(name).toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * Lets the client commit {@code commitsFirst} saves, waits until the server shows its session
     * inside a transaction that holds a transaction id, waits {@code delayMillis} more, and kills it.
     *
     * @return the transaction it was in when killed
     */
    private Caught killInsideTransaction(Process client, String name, int commitsFirst, int delayMillis)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Optional<Caught> xid = Optional.empty();
        while (xid.isEmpty()) {
            assertThat(client.isAlive()).as("%s is running", name).isTrue();
            assertThat(System.nanoTime()).as("%s began a transaction in time", name).isLessThan(deadline);
            // Not before "found": opening the store runs Flyway, whose transactions are not the subject.
            if (lastReported(name).isPresent() && reported(name).size() >= commitsFirst) {
                xid = transactionOf(name);
            }
            Thread.sleep(2);
        }
        Thread.sleep(delayMillis);
        // Look again just before the kill: the transaction first seen may have committed meanwhile.
        Optional<Caught> current = transactionOf(name);
        while (current.isEmpty()) {
            assertThat(System.nanoTime()).as("%s began another transaction in time", name).isLessThan(deadline);
            current = transactionOf(name);
        }
        client.destroyForcibly(); // SIGKILL on Linux: the socket closes, no rollback is sent
        assertThat(client.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return current.get();
    }

    /** A client's transaction as the server showed it: its id, and whether a statement was running. */
    private record Caught(long xid, String state) {
    }

    /** @return the client's transaction, if its session is in one that holds a transaction id */
    private Optional<Caught> transactionOf(String name) throws SQLException {
        try (PreparedStatement query = observer.prepareStatement("SELECT backend_xid::text, state FROM pg_stat_activity"
                + " WHERE application_name = ? AND state IN ('active', 'idle in transaction')"
                + " AND backend_xid IS NOT NULL")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Caught(Long.parseLong(row.getString(1)), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** @return the client's session, while the server has one */
    private Optional<String> session(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (PreparedStatement query = observer.prepareStatement(
                    "SELECT state FROM pg_stat_activity WHERE application_name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (System.nanoTime() > deadline) {
                        return Optional.of(String.valueOf(row.getString(1)));
                    }
                }
            }
            Thread.sleep(20);
        }
    }

    /** @return committed or aborted, once the server has noticed the killed client (or in progress after 30 s) */
    private String settledStatus(long xid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String status = transactionStatus(xid);
        while (status.equals("in progress") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = transactionStatus(xid);
        }
        return status;
    }

    /** @return committed, aborted or in progress; the server's epoch is 0, so the xid is the full id */
    private String transactionStatus(long xid) throws SQLException {
        try (PreparedStatement query = observer.prepareStatement("SELECT txid_status(?)")) {
            query.setLong(1, xid);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** @return the last version the client found or committed, once it has said which it found */
    private OptionalLong lastReported(String name) throws IOException {
        return Files.readAllLines(log(name), StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("(found|committed) \\d+"))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(' ') + 1))).max();
    }

    /** The commits the client reported; a line cut short by the kill says nothing. */
    private List<Long> reported(String name) throws IOException {
        return Files.readAllLines(log(name), StandardCharsets.UTF_8).stream().filter(l -> l.matches("committed \\d+"))
                .map(l -> Long.parseLong(l.substring("committed ".length()))).toList();
    }

    private Path log(String name) {
        return folder.resolve(name + ".log");
    }
}
