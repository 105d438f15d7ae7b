package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.boot.CompositionRoot;

/**
 * The {@code ./digitalweek} launcher at the repository's root, run as a user runs it: the README's
 * first command, exports checked by independent validators, a bad input, and the class-data
 * sharing archive that the first run makes and the next ones map.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "digitalweek").toAbsolutePath().normalize();
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path ARCHIVE = TARGET.resolve("digitalweek.jsa");

    /** What a run did: its exit code, standard output as bytes and standard error. */
    private record Run(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Keeps the embedded default store out of the user's home. */
    private static Path store;

    @TempDir
    Path folder;

    @BeforeAll
    static void storeInATemporaryFolder() throws IOException {
        store = Files.createTempDirectory("digitalweek-store");
        // A store named by DIGITALWEEK_STORE starts empty: it is given the sample edition here, in-process,
        // so that the launcher's first run in a test is the one that makes its archive.
        try (CompositionRoot root = CompositionRoot.open("file:" + store, Clock.systemUTC(), false)) {
            root.addSample("snm-2026");
        }
    }

    private static Run run(Map<String, String> environment, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        ChildLocale.neutral(builder.environment()).put("DIGITALWEEK_STORE", "file:" + store);
        builder.environment().put("DIGITALWEEK_ARCHIVE", "cds"); // whatever the JDK, unless a test says otherwise
        builder.environment().putAll(environment);
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process));
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        return new Run(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getErrorStream().readAllBytes();
        } catch (IOException e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Run launch(String... args) throws Exception {
        return launch(Map.of(), args);
    }

    private static Run launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(Arrays.asList(args));
        return run(environment, command);
    }

    @Test
    void theReadmesFirstCommandShowsTheSampleAndLeavesAnArchiveThatTheNextRunMaps() throws Exception {
        Files.deleteIfExists(ARCHIVE);
        Files.deleteIfExists(TARGET.resolve("digitalweek.jsa.jvm"));

        Run first = launch("programme", "snm-2026");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.text()).startsWith("Semaine du Numérique au Mali, 3ème édition")
                .contains("jeudi 29 janvier 2026").contains("Salle des banquets");
        assertThat(first.err()).as("making the archive prints nothing").isEmpty();
        assertThat(ARCHIVE).as("the first run makes the archive").isRegularFile();

        Path classes = folder.resolve("classes.log");
        Run second = launch(Map.of("DIGITALWEEK_JAVA_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + classes),
                "programme", "snm-2026");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).as("the same output with the archive").isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(classes)).as("-Xshare:on fails unless the archive maps")
                .contains("org.digitalweek.event.cli.Main source: shared objects file")
                .as("picocli's Java 5 classes are in the static archive: no lambda of its types keeps them out")
                .contains("picocli.CommandLine source: shared objects file");

        Run failing = launch(Map.of("DIGITALWEEK_JAVA_OPTIONS", "-Xshare:on"), "programme", "snm-1999");
        Run without = launch(Map.of("DIGITALWEEK_JAVA_OPTIONS", "-Xshare:off"), "programme", "snm-1999");
        assertThat(failing).as("a failure, with the archive and without").usingRecursiveComparison().isEqualTo(without);
        assertThat(failing.exitCode()).isEqualTo(2);
    }

    @Test
    void onAJdkOf25OrLaterTheAotCacheChangesNeitherOutputNorExitCode() throws Exception {
        Optional<Path> jdk = jdkOf25OrLater();
        Assumptions.assumeTrue(jdk.isPresent(), "no JDK 25 or later under /usr/lib/jvm");
        Path cache = TARGET.resolve("digitalweek.aot");
        Files.deleteIfExists(cache);
        Files.deleteIfExists(TARGET.resolve("digitalweek.aot.jvm"));
        Map<String, String> aot = Map.of("JAVA_HOME", jdk.get().toString(), "DIGITALWEEK_ARCHIVE", "aot");

        Run first = launch(aot, "programme", "snm-2026");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).as("making the cache prints nothing").isEmpty();
        assertThat(cache).as("the first run makes the cache").isRegularFile();
        Map<String, String> insist = new HashMap<>(aot);
        insist.put("DIGITALWEEK_JAVA_OPTIONS", "-XX:AOTMode=on"); // fails unless the cache maps
        Run second = launch(insist, "programme", "snm-2026");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.text()).isEqualTo(launch("programme", "snm-2026").text());
        insist.put("DIGITALWEEK_JAVA_OPTIONS", "-XX:AOTMode=off");
        assertThat(launch(aot, "programme", "snm-1999")).usingRecursiveComparison()
                .isEqualTo(launch(insist, "programme", "snm-1999"));
    }

    @Test
    void anIcsExportPipedIntoPythonIcalendarParses() throws Exception {
        IndependentChecks.requirePythonIcalendar();
        String parse = "import sys, icalendar; calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read()); "
                + "print(len(calendar.walk('VEVENT')), calendar['X-WR-CALNAME'] if 'X-WR-CALNAME' in calendar else '')";

        Run piped = run(Map.of(), List.of("bash", "-c", "set -o pipefail; '" + LAUNCHER + "' export snm-2026 "
                + "--format ics | " + IndependentChecks.PYTHON + " -c \"" + parse + "\""));

        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.text()).startsWith("5 ");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void aFrabXmlExportPassesThePublishedSchema() throws Exception {
        Path xsd = IndependentChecks.requireSpec("schedule.xml.xsd");

        Run export = launch("export", "snm-2026", "--format", "frab-xml");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.text()).startsWith("<?xml");
        assertThat(IndependentChecks.xsdProblems(xsd, export.out())).as("problems against " + xsd).isEmpty();
    }

    @Test
    void anImportOfABrokenFileIsOneLocatedLineAndExitCodeTwo() throws Exception {
        Run export = launch("export", "snm-2026", "--format", "frab-xml");
        Path broken = folder.resolve("broken.xml");
        Files.write(broken, Arrays.copyOf(export.out(), export.out().length / 2));

        Run imported = launch("import", broken.toString(), "--as", "broken", "--lang", "en");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).matches("digitalweek: .*broken\\.xml at line \\d+, column \\d+: .+\\R")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(imported.out()).isEmpty();
    }

    @Test
    void aLauncherLinkedFromElsewhereFindsItsJar() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("dw"), LAUNCHER);

        Run version = run(Map.of(), List.of(link.toString(), "--version"));

        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.text()).startsWith("digitalweek ");
    }

    /** A JDK beside the one running the tests, such as Temurin 25 beside OpenJDK 17 on this kind of machine. */
    private static Optional<Path> jdkOf25OrLater() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.list(jvms)) {
            return found.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java"))).filter(jdk -> {
                try {
                    return Files.readAllLines(jdk.resolve("release")).stream()
                            .anyMatch(line -> line.matches("JAVA_VERSION=\"(2[5-9]|[3-9]\\d)[.\"].*"));
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    @Test
    void withoutTheJarTheLauncherSaysHowToBuildIt() throws Exception {
        Path copy = folder.resolve("clone").resolve("digitalweek");
        Files.createDirectories(copy.getParent());
        Files.copy(LAUNCHER, copy);

        Run run = run(Map.of(), List.of(copy.toString(), "programme", "snm-2026"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("digitalweek.jar").contains("./mvnw -B -ntp -Dquick -DskipTests package");
        assertThat(run.out()).isEmpty();
    }
}
