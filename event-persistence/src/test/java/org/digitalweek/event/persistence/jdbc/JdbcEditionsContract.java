package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.contract.EditionsContract;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * What the JDBC store promises beyond the port, on both databases: the port's contract, plus schema
 * versions, writers on several stores, rollback, and a schema that plain SQL can query. A subclass
 * names a new, empty database for each test.
 */
abstract class JdbcEditionsContract extends EditionsContract {

    private final List<Editions> opened = new ArrayList<>();
    private String url;

    /** @return the URL of a new, empty database (or schema) */
    protected abstract String newDatabaseUrl();

    /** @return this test's database, made on first use */
    protected final String url() {
        if (url == null) {
            url = newDatabaseUrl();
        }
        return url;
    }

    @Override
    protected Editions emptyStore() {
        return open();
    }

    /** @return a new store on this test's database, closed after the test */
    protected final JdbcEditions open() {
        JdbcEditions store = JdbcEditions.open(url());
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Editions::close);
    }

    /** @return a plain connection to this test's database */
    protected final Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Test
    void aDatabaseMigratedByANewerLibraryIsRefusedAndLeftUnchanged() throws SQLException {
        open().save(richEdition(), 0);
        try (Connection connection = connect();
             PreparedStatement future = connection.prepareStatement("INSERT INTO digitalweek_schema_history"
                     + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                     + " success) VALUES (99, '99', 'from a newer library', 'SQL', 'V99__from_a_newer_library.sql', 0,"
                     + " 'test', 0, ?)")) {
            future.setBoolean(1, true);
            future.executeUpdate();
        }
        Map<String, Long> before = rowCounts();

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StorageFailureException.class, e -> {
            assertThat(e.getMessage()).contains("database schema version 99 is newer than this library (");
            assertThat(e.store()).startsWith("jdbc:");
        });

        assertThat(rowCounts()).isEqualTo(before);
        try (Connection connection = connect();
             PreparedStatement undo = connection.prepareStatement(
                     "DELETE FROM digitalweek_schema_history WHERE version = '99'")) {
            undo.executeUpdate();
        }
        assertThat(open().load(richEdition().id())).contains(richEdition().atVersion(1));
    }

    @Test
    void aDatabaseOfVersion2MigratesToVersion4WithItsDataIntactAndThenTakesEditionsWithNoHostPlace()
            throws SQLException {
        Flyway.configure(getClass().getClassLoader()).dataSource(url(), null, null)
                .locations(StoreUri.parse(url()).dialect().migrations()).table(Schema.HISTORY_TABLE).target("2")
                .load().migrate();
        Edition full = FullEdition.edition().atVersion(1);
        Release release = new Release(full.id(), 1, "avant-v4", Instant.parse("2026-01-20T10:00:00Z"),
                full.publicView().toBuilder().status(EditionStatus.PUBLISHED).build());
        writeWithTheSchemaOfVersion2(full, release);
        Map<String, Long> before = rowCounts();

        JdbcEditions store = open();

        assertThat(store.load(full.id())).contains(full);
        assertThat(store.release(full.id(), 1)).contains(release);
        Map<String, Long> after = rowCounts();
        assertThat(history()).as("V1, V2, then V3 to V5").containsExactly("1", "2", "3", "4", "5");
        after.remove(Schema.HISTORY_TABLE);
        before.remove(Schema.HISTORY_TABLE);
        assertThat(after).isEqualTo(before);
        assertThat(foreignKeyViolations()).isEmpty();
        Edition unplaced = FullEdition.withoutHost();
        store.save(unplaced, 1);
        assertThat(open().load(full.id())).contains(unplaced.atVersion(2));
        assertThat(open().release(full.id(), 1)).contains(release);
    }

    private List<String> history() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT version FROM " + Schema.HISTORY_TABLE
                     + " WHERE success ORDER BY installed_rank");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** Rows as the library wrote them before version 4: with the schema of version 2, by the same writer. */
    private void writeWithTheSchemaOfVersion2(Edition edition, Release release) throws SQLException {
        Dialect dialect = StoreUri.parse(url()).dialect();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            ProgrammeWriter writer = new ProgrammeWriter(connection, dialect, edition.id().value(), 0);
            writer.insertEditionRow(edition.publicView());
            writer.insertContent(edition.publicView());
            writer.insertInternal(edition.internal());
            ProgrammeWriter frozen = new ProgrammeWriter(connection, dialect, edition.id().value(), 1);
            frozen.insertEditionRow(release.programme());
            frozen.insertContent(release.programme());
            frozen.insertReleaseRow(release);
            connection.commit();
        }
    }

    /** @return the rows whose foreign keys lead nowhere; the database checks them at once where it can */
    protected List<String> foreignKeyViolations() throws SQLException {
        return List.of();
    }

    @Test
    void reopeningAnUpToDateDatabaseRunsNoMigration() throws SQLException {
        open().save(richEdition(), 0);
        Map<String, Long> before = rowCounts();

        assertThat(open().load(richEdition().id())).isPresent();

        assertThat(rowCounts()).isEqualTo(before).containsEntry("digitalweek_schema_history", 5L); // V1 to V5
    }

    @Test
    void storesOpenedAtOnceOnANewDatabaseAllOpenIt() throws Exception {
        String database = url(); // made before the race, so that only the schema is raced for
        int stores = 4;
        CountDownLatch together = new CountDownLatch(stores);
        ExecutorService pool = Executors.newFixedThreadPool(stores);
        List<JdbcEditions> openedAtOnce = new ArrayList<>();
        try {
            List<Future<JdbcEditions>> openings = new ArrayList<>();
            for (int s = 0; s < stores; s++) {
                openings.add(pool.submit(() -> {
                    together.countDown();
                    together.await();
                    return JdbcEditions.open(database);
                }));
            }
            for (Future<JdbcEditions> opening : openings) {
                openedAtOnce.add(opening.get(60, TimeUnit.SECONDS)); // as several processes starting at once
            }
        } finally {
            pool.shutdownNow();
            openedAtOnce.forEach(Editions::close);
        }

        assertThat(openedAtOnce).hasSize(stores);
        open().save(richEdition(), 0);
        assertThat(rowCounts()).containsEntry(Schema.HISTORY_TABLE, 5L).containsEntry("editions", 1L);
    }

    @Test
    void twoStoresSavingFromTheSameVersionLetExactlyOneWin() throws Exception {
        Editions first = open();
        Editions second = open();
        Edition stored = first.save(richEdition(), 0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Editions store : List.of(first, second)) {
                Callable<Object> save = () -> {
                    start.await();
                    try {
                        return store.save(stored, 1);
                    } catch (VersionConflictException e) {
                        return e;
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(Edition.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(VersionConflictException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((VersionConflictException) e).actualVersion()).isEqualTo(2));
            assertThat(second.load(stored.id()).map(Edition::version)).contains(2L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writersOnTwoStoresLoseNoUpdate() throws Exception {
        List<Editions> stores = List.of(open(), open());
        EditionId id = stores.get(0).save(richEdition(), 0).id();
        int writersPerStore = 3;
        int updatesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2 * writersPerStore);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (Editions store : stores) {
                for (int w = 0; w < writersPerStore; w++) {
                    writers.add(pool.submit(() -> {
                        for (int u = 0; u < updatesEach; u++) {
                            saveWithRetry(store, id);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.get(1).load(id).orElseThrow().version()).isEqualTo(1 + 2L * writersPerStore * updatesEach);
    }

    private static void saveWithRetry(Editions store, EditionId id) {
        while (true) {
            Edition current = store.load(id).orElseThrow();
            try {
                store.save(current, current.version());
                return;
            } catch (VersionConflictException e) {
                // Someone else saved first: read again and retry.
            }
        }
    }

    @Test
    void aRefusedPublicationUndoesTheEditionItHadAlreadyWritten() throws SQLException {
        Editions store = open();
        Edition saved = store.save(richEdition(), 0);
        Map<String, Long> before = rowCounts();
        PublicEdition changed = saved.publicView().toBuilder().title(LocalizedText.fr("Titre changé"))
                .sessions(saved.publicView().sessions().subList(0, 1)).status(EditionStatus.PUBLISHED).build();
        Release skipsANumber = new Release(saved.id(), 2, "2.0", Instant.parse("2026-01-20T10:00:00Z"),
                changed.toBuilder().version(2).build());

        // The edition is written first, then the release is refused: the whole transaction rolls back.
        assertThatThrownBy(() -> store.publish(saved.withPublicView(changed), 1, skipsANumber))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("numbered 1");

        assertThat(store.load(saved.id())).contains(saved);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theProgrammeAndItsReleasesCanBeQueriedWithPlainSql() throws SQLException {
        Editions store = open();
        Edition saved = store.save(richEdition(), 0);
        PublicEdition published = saved.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(2).build();
        Edition current = store.publish(saved.withPublicView(published), 1,
                new Release(saved.id(), 1, "1.0", Instant.parse("2026-01-20T10:00:00Z"), published));
        Session panel = current.publicView().session(new SessionId("panel-1")).orElseThrow();
        store.save(current.withPublicView(current.publicView().withSession(panel.movedTo(panel.slot(),
                Optional.of(new RoomId("hall"))))), 2);

        String sessionsPerRoom = "SELECT r.room_id, n.value AS room_name, COUNT(s.session_id) AS sessions"
                + " FROM rooms r"
                + " LEFT JOIN sessions s ON s.edition_id = r.edition_id AND s.release_number = r.release_number"
                + " AND s.room_id = r.room_id"
                + " LEFT JOIN texts n ON n.edition_id = r.edition_id AND n.release_number = r.release_number"
                + " AND n.owner_kind = 'room' AND n.owner_id = r.room_id AND n.field = 'name' AND n.language = 'fr'"
                + " WHERE r.edition_id = ? AND r.release_number = ?"
                + " GROUP BY r.room_id, n.value ORDER BY r.room_id";
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sessionsPerRoom)) {
            query.setString(1, saved.id().value());
            query.setInt(2, 0);
            assertThat(rows(query)).containsExactly("hall|Hall d'exposition|2", "plenary|Salle plénière|1");
            query.setInt(2, 1);
            assertThat(rows(query)).containsExactly("hall|Hall d'exposition|1", "plenary|Salle plénière|2");
        }
    }

    private static List<String> rows(PreparedStatement query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + "|" + result.getString(2) + "|" + result.getLong(3));
            }
        }
        return rows;
    }

    @Test
    void timesKeepEveryNanosecond() {
        Editions store = open();
        Instant lastNanoOfASecond = Instant.parse("2026-01-20T08:30:59.999999999Z");
        PublicEdition edition = richEdition().publicView();
        Session first = edition.sessions().get(0);
        Session moved = first.movedTo(new TimeSlot(LocalDateTime.parse("2027-03-01T09:00:00.000000001"),
                LocalDateTime.parse("2027-03-01T10:59:59.999999999")), first.room());
        PublicEdition precise = edition.withSession(moved).toBuilder().status(EditionStatus.PUBLISHED)
                .publishedAt(Optional.of(lastNanoOfASecond)).build();
        Edition saved = store.save(new Edition(precise, richEdition().internal()), 0);
        Release release = new Release(saved.id(), 1, "1.0", lastNanoOfASecond.plusNanos(-999),
                saved.publicView().toBuilder().version(2).build());

        store.publish(saved, 1, release);

        assertThat(store.load(saved.id()).map(e -> e.publicView().publishedAt())).contains(Optional.of(lastNanoOfASecond));
        assertThat(store.load(saved.id()).map(e -> e.publicView().session(moved.id()).orElseThrow().slot()))
                .contains(moved.slot());
        assertThat(store.release(saved.id(), 1)).contains(release);
        assertThat(store.releases(saved.id())).singleElement()
                .satisfies(r -> assertThat(r.publishedAt()).isEqualTo(release.publishedAt()));
    }

    @Test
    void rowsThatBreakTheModelAreReportedAsAStorageFailure() throws SQLException {
        Editions store = open();
        Edition saved = store.save(richEdition(), 0);
        try (Connection connection = connect();
             PreparedStatement damage = connection.prepareStatement(
                     "UPDATE texts SET value = ' ' WHERE edition_id = ? AND owner_kind = 'edition' AND field = 'title'")) {
            damage.setString(1, saved.id().value());
            assertThat(damage.executeUpdate()).isPositive();
        }

        assertThatThrownBy(() -> store.load(saved.id())).isInstanceOf(StorageFailureException.class)
                .hasMessageContaining("cannot load edition '" + saved.id() + "'")
                .hasMessageContaining("break a rule of the model");
    }

    @Test
    void aClosedStoreRefusesWork() {
        JdbcEditions store = open();
        store.close();

        assertThatThrownBy(() -> store.load(new EditionId("any"))).isInstanceOf(StorageFailureException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void theFullEditionIsStoredInItsOwnRows() throws SQLException {
        open().save(FullEdition.edition(), 0);

        assertThat(rowCounts()).containsEntry("editions", 1L).containsEntry("sessions", 4L)
                .containsEntry("session_participants", 5L).containsEntry("statements", 2L)
                .containsEntry("protocol_files", 2L).containsEntry("protocol_contacts", 2L)
                .containsEntry("session_links", 3L);
    }

    @Test
    void aDatabaseAtVersion2WithAProgrammeMigratesToVersion3AndKeepsIt() throws SQLException {
        Flyway.configure(getClass().getClassLoader()).dataSource(url(), null, null)
                .locations(StoreUri.parse(url()).dialect().migrations()).table(Schema.HISTORY_TABLE).target("2")
                .load().migrate();
        Edition before = richEdition().atVersion(1);
        Release release = new Release(before.id(), 1, "1.0", Instant.parse("2027-02-01T10:00:00Z"),
                before.publicView().toBuilder().version(2).build());
        writeWithTheSchemaOfVersion2(before, release);
        Map<String, Long> atVersion2 = rowCounts(List.of("sessions", "texts", "editions", "releases"));

        JdbcEditions migrated = open();

        assertThat(rowCounts(List.of("sessions", "texts", "editions", "releases"))).isEqualTo(atVersion2);
        assertThat(rowCounts()).containsEntry(Schema.HISTORY_TABLE, 5L).containsEntry("session_links", 0L);
        Edition loaded = migrated.load(before.id()).orElseThrow();
        assertThat(loaded).isEqualTo(before);
        assertThat(loaded.publicView().sessions()).allSatisfy(s -> {
            assertThat(s.source().isEmpty()).isTrue();
            assertThat(s.url()).isEmpty();
            assertThat(s.links()).isEmpty();
        });
        assertThat(migrated.release(before.id(), 1)).contains(release);
        Edition full = migrated.save(FullEdition.edition(), 0);
        assertThat(open().load(full.id())).contains(full);
    }

    @Test
    void aSaveWritingOnlyTheChangedRowsStoresWhatARewriteOfEveryRowStores() throws SQLException {
        Editions store = open();
        Edition current = store.save(FullEdition.edition(), 0);
        for (Map.Entry<String, UnaryOperator<Edition>> edit : ProgrammeEdits.inOrder().entrySet()) {
            Edition next = edit.getValue().apply(current);

            current = store.save(next, current.version());

            assertThat(open().load(current.id())).as(edit.getKey()).contains(next.atVersion(current.version()));
        }
        Map<String, List<String>> changedRowByRow = contentRows();
        Edition rewritten = open().save(current, current.version()); // a new store knows nothing: every row
        assertThat(contentRows()).isEqualTo(changedRowByRow);
        assertThat(open().load(current.id())).contains(rewritten);
        assertThat(foreignKeyViolations()).isEmpty();
    }

    @Test
    void aSaveAfterALoadWritesOnlyTheChangedRowsAndAnotherStoresSaveIsNotMistakenForIt() throws SQLException {
        Editions first = open();
        Editions second = open();
        Edition saved = first.save(FullEdition.edition(), 0);
        Edition loaded = second.load(saved.id()).orElseThrow();
        UnaryOperator<Edition> cancel = ProgrammeEdits.inOrder().get("a session cancelled");
        Edition bySecond = second.save(cancel.apply(loaded), loaded.version());
        UnaryOperator<Edition> move = ProgrammeEdits.inOrder().get("a session moved to another time and room");

        // The first store remembers version 1, which the second has replaced: it must not take it as stored.
        Edition byFirst = first.save(move.apply(bySecond), bySecond.version());

        assertThat(open().load(saved.id())).contains(byFirst);
        assertThat(byFirst.publicView().sessions()).anySatisfy(s -> assertThat(s.status())
                .isEqualTo(SessionStatus.CANCELLED));
    }

    /** @return every content row of the database, as text, by table, in a fixed order */
    private Map<String, List<String>> contentRows() throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection connection = connect()) {
            for (String table : ProgrammeWriter.CONTENT_TABLES) {
                List<String> lines = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table);
                     ResultSet result = query.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(result.getMetaData().getColumnName(c)).append('=')
                                    .append(result.getString(c)).append(';');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                rows.put(table, lines);
            }
        }
        return rows;
    }

    /** @return the number of rows of every table of the schema, and of Flyway's history */
    protected final Map<String, Long> rowCounts() throws SQLException {
        List<String> tables = new ArrayList<>(ProgrammeWriter.CONTENT_TABLES);
        tables.addAll(List.of("releases", "editions", Schema.HISTORY_TABLE));
        return rowCounts(tables);
    }

    /**
     * @param tables the tables to count
     * @return the number of rows of each, and the sum of the editions' versions
     */
    private Map<String, Long> rowCounts(List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect()) {
            for (String table : tables) {
                try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet row = count.executeQuery()) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
            try (PreparedStatement versions = connection.prepareStatement(
                    "SELECT COALESCE(SUM(version), 0) FROM editions"); ResultSet row = versions.executeQuery()) {
                row.next();
                counts.put("sum of versions", row.getLong(1));
            }
        }
        return counts;
    }
}
