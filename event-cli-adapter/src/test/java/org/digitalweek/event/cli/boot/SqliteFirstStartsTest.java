package org.digitalweek.event.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

import org.digitalweek.event.cli.ChildLocale;
import org.digitalweek.event.cli.Main;

/**
 * Real processes opening SQLite stores for the first time, with a home and a system temporary folder
 * of their own: the driver's native library is copied once, into the tool's cache, and never into
 * the temporary folder, so a killed process leaves nothing behind; and what the driver logs (here, a
 * stale copy it cannot delete) never reaches the terminal.
 */
class SqliteFirstStartsTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path home;
    @TempDir
    Path tmp;
    @TempDir
    Path stores;

    @Test
    void killedProcessesLeaveNoCopyOfTheLibraryBehind() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // started together: their first starts meet
            processes.add(java(OpenSqliteAndWait.class, "jdbc:sqlite:" + stores.resolve(i + ".db"))
                    .redirectError(stores.resolve(i + ".err").toFile()).start());
        }
        for (Process process : processes) {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("open");
                process.destroyForcibly(); // SIGKILL: no shutdown hook deletes anything
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        for (int i = 0; i < 4; i++) {
            assertThat(stores.resolve(i + ".err")).isEmptyFile();
        }

        assertThat(sqliteFilesIn(tmp)).isEmpty();
        List<Path> cached = filesIn(home.resolve(".cache/digitalweek"));
        assertThat(cached).hasSize(1);
        assertThat(cached.get(0).getFileName().toString()).isEqualTo(System.mapLibraryName("sqlitejdbc"));
    }

    @Test
    void whatTheDriverLogsNeverReachesTheTerminal() throws Exception {
        plantStaleCopy(tmp); // where the driver extracts by default
        assertThat(command("jdbc:sqlite:" + stores.resolve("first.db"))).isEmpty();

        plantStaleCopy(filesIn(home.resolve(".cache/digitalweek")).get(0).getParent()); // where it extracts now
        assertThat(command("jdbc:sqlite:" + stores.resolve("second.db"))).isEmpty();
    }

    /**
     * Plants what the driver takes for a copy of its library left by a dead process, and fails to
     * delete when it starts (a folder that is not empty), logging the failure with its stack trace.
     */
    private static void plantStaleCopy(Path folder) throws IOException {
        Path stale = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-stale-libsqlitejdbc.so");
        Files.createDirectories(stale);
        Files.writeString(stale.resolve("keep"), "x");
    }

    /** Runs {@code digitalweek editions} on a store; returns its standard error. */
    private String command(String store) throws IOException, InterruptedException {
        Process process = java(Main.class, "editions", "--store", store).start();
        process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        return err;
    }

    private ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-cp", commandClassPath(),
                main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        ChildLocale.neutral(builder.environment()).remove("XDG_CACHE_HOME");
        builder.environment().remove("DIGITALWEEK_JAVA_OPTIONS");
        return builder;
    }

    /**
     * The tests' class path without SLF4J, which only test libraries bring: the command's own has
     * none, so the driver logs through java.util.logging, as it does for a user.
     */
    private static String commandClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<Path> sqliteFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains("sqlite")).toList();
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
