package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged command, run as a user runs it: {@code java -jar target/digitalweek.jar} (the README's
 * first command), and on the module path, which proves the module descriptors of every module.
 */
class PackagedCommandIT {

    private static final Path JAR = Path.of("target", "digitalweek.jar");
    private static final Path LIB = Path.of("target", "lib");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Run(int exitCode, String out) {
    }

    /** Keeps the store out of the user's home. */
    private static Path store;

    @BeforeAll
    static void storeInATemporaryFolder() throws Exception {
        store = Files.createTempDirectory("digitalweek-store");
        Run added = run(onClassPath("sample", "add")); // a store named by DIGITALWEEK_STORE starts empty
        assertThat(added.exitCode()).as(added.out()).isZero();
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    /** @param locale variables of the locale that replace the neutral one */
    private static Run run(List<String> command, Map<String, String> locale) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildLocale.neutral(builder.environment()).put("DIGITALWEEK_STORE", "file:" + store);
        builder.environment().remove("LC_ALL"); // it would beat the LANG a test gives; LANG=C.UTF-8 stays neutral
        builder.environment().putAll(locale);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    private static List<String> onClassPath(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> onModulePath(String... args) {
        // No --add-modules: the library interpolates its messages itself, so the validator needs no EL.
        List<String> command = new ArrayList<>(List.of(JAVA, "-p", JAR + java.io.File.pathSeparator + LIB,
                "-m", "org.digitalweek.event.cli/org.digitalweek.event.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theRunnableJarShowsTheSampleProgramme() throws Exception {
        assertThat(Files.exists(JAR)).as(JAR + " is built by the package phase").isTrue();
        Run run = run(onClassPath("programme", "snm-2026"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("jeudi 29 janvier 2026").contains("Salle des banquets")
                .doesNotContain("HV000001");
    }

    @Test
    void theModulesWorkOnTheModulePath() throws Exception {
        Run ok = run(onModulePath("programme", "snm-2026", "--lang", "en"));
        assertThat(ok.exitCode()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("Thursday 29 January 2026").contains("Banquet hall");

        Run bad = run(onModulePath("programme", "bad id", "--lang", "en"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).contains("editionId: must be an id of letters").doesNotContain("Exception");
    }

    @Test
    void theHelpSpeaksTheLanguageOfTheEnvironmentOnTheClassPathAndOnTheModulePath() throws Exception {
        for (List<String> command : List.of(onClassPath("programme", "--help"), onModulePath("programme", "--help"))) {
            Run french = run(command);
            assertThat(french.exitCode()).as(french.out()).isZero();
            assertThat(french.out()).startsWith("Utilisation : digitalweek programme").contains("ÉDITION", "Codes de sortie :");

            Run english = run(command, Map.of("LANG", "en_GB.UTF-8"));
            assertThat(english.out()).startsWith("Usage: digitalweek programme").contains("EDITION", "Exit codes:");
        }
    }

    @Test
    void theSqliteStoreWorksOnTheModulePath() throws Exception {
        // The persistence module reads SQLite's driver and Flyway with 'requires static': the command's
        // module path must still resolve them, without --add-modules.
        Path database = store.resolve("week.db");
        Run run = run(onModulePath("--store", "jdbc:sqlite:" + database, "editions", "--lang", "en"));
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(Files.exists(database)).isTrue();
    }
}
