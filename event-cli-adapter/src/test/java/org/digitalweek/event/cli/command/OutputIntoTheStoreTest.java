package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.cli.command.CommandRunner.SAMPLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code export --output} never writes among the store's own files: a path inside the JSON-file
 * store's folder, or onto an SQLite store's database and its journals, is refused (also when a
 * symbolic link leads there) before anything is written, and the store keeps every byte.
 */
class OutputIntoTheStoreTest {

    @TempDir
    Path folder;

    private CommandRunner cli;
    private Path store;

    @BeforeEach
    void storeWithTheSample() {
        cli = new CommandRunner(folder);
        store = folder.resolve("store");
        assertThat(cli.run("editions")).isZero(); // the default store receives the sample
    }

    @ParameterizedTest
    @ValueSource(strings = {"snm-2026.json", "snm-2026.releases/1.json", ".lock", "new-file.json",
        "snm-2026.releases/../snm-2026.json"})
    void aPathInsideTheStoresFolderIsRefusedAndTheStoreKeepsEveryByte(String name) throws Exception {
        Files.createDirectories(store.resolve("snm-2026.releases"));
        Map<String, String> before = contents(store);
        Path target = store.resolve(name);

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", target.toString(), "--lang", "en"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("digitalweek: '" + target + "' is inside the store's files ("
                + store.toRealPath() + "): an export must not overwrite them; choose a path outside"
                + System.lineSeparator());
        assertThat(contents(store)).isEqualTo(before);
    }

    @Test
    void theRuleIsSaidInFrenchToo() {
        Path target = store.resolve("snm-2026.json");

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", target.toString()))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).startsWith("digitalweek: « " + target + " » est parmi les fichiers du magasin")
                .hasLineCount(1);
    }

    @Test
    void aLinkThatLeadsIntoTheStoreIsRefusedToo() throws Exception {
        Map<String, String> before = contents(store);
        Path folderLink = Files.createSymbolicLink(folder.resolve("exports"), store);
        Path fileLink = Files.createSymbolicLink(folder.resolve("latest.json"), store.resolve("snm-2026.json"));

        assertThat(cli.run("export", SAMPLE, "--format", "json", "-o", folderLink.resolve("snm-2026.json").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("export", SAMPLE, "--format", "json", "-o", fileLink.toString()))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(contents(store)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(fileLink)).isTrue();
    }

    @Test
    void aFolderBesideTheStoreWhoseNameStartsTheSameIsNotInIt() throws Exception {
        Path beside = Files.createDirectories(folder.resolve("store-exports")).resolve("snm-2026.json");

        assertThat(cli.run("export", SAMPLE, "--format", "json", "-o", beside.toString())).as(cli.err()).isZero();

        assertThat(beside).hasBinaryContent(cli.exported(SAMPLE, "json", "fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"week.db", "week.db-wal", "week.db-shm", "week.db-journal"})
    void anSqliteStoresDatabaseAndJournalsAreRefused(String name) throws Exception {
        Path document = folder.resolve("snm-2026.json");
        assertThat(cli.run("export", SAMPLE, "--format", "json", "-o", document.toString())).isZero();
        String sqlite = "jdbc:sqlite:" + folder.resolve("week.db");
        assertThat(cli.run("import", document.toString(), "--store", sqlite)).as(cli.err()).isZero();
        byte[] database = Files.readAllBytes(folder.resolve("week.db"));
        Path target = folder.resolve(name);
        boolean existed = Files.exists(target);

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--store", sqlite, "-o", target.toString(),
                "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).contains("is inside the store's files (" + folder.toRealPath().resolve(name) + ")");
        assertThat(folder.resolve("week.db")).hasBinaryContent(database);
        assertThat(Files.exists(target)).isEqualTo(existed);
        assertThat(cli.run("export", SAMPLE, "--format", "json", "--store", sqlite, "-o",
                folder.resolve("week.json").toString())).as("a file beside the database is fine").isZero();
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.forEach(file -> found.put(folder.relativize(file).toString(), describe(file)));
        }
        return found;
    }

    private static String describe(Path file) {
        try {
            return Files.isDirectory(file) ? "folder" : new String(Files.readAllBytes(file), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
