package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.EditionQuery;

/**
 * An SQLite store whose schema is current, on media that cannot be written: it opens and reads,
 * nothing is migrated, and a write is refused in one line. Read-only for real, not by permissions
 * alone, which do not stop root: the folder is made read-only with {@code chmod} and, when that does
 * not stop this process (root), mounted again read-only ({@code mount --bind}, then
 * {@code remount,ro}); without either, the test is skipped and says why.
 */
class SqliteOnReadOnlyMediaTest {

    @TempDir
    Path source;
    @TempDir
    Path mountPoint;

    private Path mounted;

    @Test
    void aCurrentStoreOnReadOnlyMediaIsReadAndNothingInItChanges() throws Exception {
        Edition saved = storeOneEdition();
        Path folder = readOnly();
        Path file = folder.resolve("programme.db");
        byte[] before = Files.readAllBytes(file);

        try (JdbcEditions store = JdbcEditions.open("jdbc:sqlite:" + file)) {
            assertThat(store.load(saved.id())).contains(saved);
            assertThat(store.list(EditionQuery.ALL)).hasSize(1);

            assertThatThrownBy(() -> store.save(saved, saved.version()))
                    .isInstanceOfSatisfying(StorageFailureException.class, e -> assertThat(e.getMessage())
                            .startsWith("jdbc:sqlite:" + file + ": cannot save edition").containsIgnoringCase("readonly")
                            .doesNotContain("\n"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("programme.db");
        }
    }

    @Test
    void flywaysReportOfAFailureIsOneLine() throws Exception {
        storeOneEdition();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source.resolve("programme.db"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + Schema.HISTORY_TABLE + " SET checksum = 1 WHERE version = '1'");
        }

        assertThatThrownBy(() -> JdbcEditions.open("jdbc:sqlite:" + source.resolve("programme.db")))
                .isInstanceOfSatisfying(StorageFailureException.class, e -> assertThat(e.getMessage())
                        .contains("checksum mismatch for migration version 1").doesNotContain("\n")
                        .doesNotContain("---").doesNotContain("http"));
    }

    private Edition storeOneEdition() {
        try (JdbcEditions store = JdbcEditions.open("jdbc:sqlite:" + source.resolve("programme.db"))) {
            return store.save(FullEdition.edition(), 0);
        }
    }

    /** @return the folder of the store, now read-only for this process */
    private Path readOnly() throws IOException, InterruptedException {
        Files.setPosixFilePermissions(source.resolve("programme.db"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(source)) {
            return source;
        }
        boolean bound = run("mount", "--bind", source.toString(), mountPoint.toString());
        if (bound) {
            mounted = mountPoint;
        }
        Assumptions.assumeTrue(bound && run("mount", "-o", "remount,bind,ro", mountPoint.toString()),
                "root without the right to mount: nothing here can make a folder read-only");
        assertThat(Files.isWritable(mountPoint)).isFalse();
        return mountPoint;
    }

    @AfterEach
    void unmountAndAllowCleanUp() throws IOException, InterruptedException {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rwx------"));
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
