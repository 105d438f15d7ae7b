package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.draft.Drafts;

/**
 * An SQLite database the store creates is its owner's only (600), and so are the journals SQLite
 * makes beside it, since SQLite gives them the database's mode; an existing database keeps its mode.
 * The store names these files as its own, so that a tool writing files keeps away from them.
 */
class SqliteFilePermissionsTest {

    @TempDir
    Path folder;

    @Test
    void aNewDatabaseAndItsJournalsAreTheOwnersOnly() throws Exception {
        Path database = folder.resolve("week.db");
        try (JdbcEditions store = JdbcEditions.open("jdbc:sqlite:" + database)) {
            store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);

            assertThat(mode(database)).isEqualTo("rw-------");
            try (var files = Files.list(folder)) {
                List<Path> all = files.toList();
                assertThat(all).as("the database and its write-ahead log").hasSizeGreaterThanOrEqualTo(2);
                for (Path file : all) {
                    assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void anExistingDatabaseKeepsItsMode() throws Exception {
        Path database = folder.resolve("week.db");
        JdbcEditions.open("jdbc:sqlite:" + database).close();
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r-----"));

        JdbcEditions.open("jdbc:sqlite:" + database).close();

        assertThat(mode(database)).isEqualTo("rw-r-----");
    }

    @Test
    void theStoresOwnFilesAreTheDatabaseAndItsJournals() throws Exception {
        Path database = folder.resolve("week.db");
        try (JdbcEditions store = JdbcEditions.open("jdbc:sqlite:" + database + "?busy_timeout=1000")) {
            Path real = folder.toRealPath();

            assertThat(store.localFiles()).containsExactly(real.resolve("week.db"), real.resolve("week.db-wal"),
                    real.resolve("week.db-shm"), real.resolve("week.db-journal"));
        }
    }

    @Test
    void theDatabaseFileIsReadFromEveryFormOfTheUrl() {
        assertThat(SqliteFile.of("week.db")).contains(new SqliteFile(Path.of("week.db")));
        assertThat(SqliteFile.of("/var/lib/week.db?busy_timeout=1000"))
                .contains(new SqliteFile(Path.of("/var/lib/week.db")));
        assertThat(SqliteFile.of("file:week.db?mode=rw")).contains(new SqliteFile(Path.of("week.db")));
        assertThat(SqliteFile.of("file:///var/lib/mon%20programme.db"))
                .contains(new SqliteFile(Path.of("/var/lib/mon programme.db")));
        assertThat(SqliteFile.of("file://localhost/var/week.db")).contains(new SqliteFile(Path.of("/var/week.db")));
        assertThat(SqliteFile.of(" ?x=1")).isEmpty();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
