package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.cli.ChildLocale;
import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.Main;
import org.digitalweek.event.cli.text.Terminal;

/**
 * Standard output that cannot be written (a full disk, {@code > /dev/full}) fails the run: exit code
 * 3 and one line on standard error, never a silent success with a lost or cut output.
 */
class StandardOutputFailuresTest {

    private static final Path DEV_FULL = Path.of("/dev/full");

    @TempDir
    Path home;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A stream whose every write fails, as a full disk's. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private int runInProcess(OutputStream out, String... args) {
        return Cli.run(args, InputStream.nullInputStream(), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                Terminal.PLAIN, DefaultStore.implicit("file:" + home.resolve("store")), CommandRunner.CLOCK);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export snm-2026 --format json", "export snm-2026 --format ics --output -",
        "programme snm-2026", "editions", "export --help", "programme snm-2026 --json", "check snm-2026 --json"})
    void aPrintStreamThatSwallowsItsErrorsStillFailsTheRun(String command) {
        PrintStream swallowing = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);

        int code = runInProcess(swallowing, (command + " --lang en").split(" "));

        assertThat(code).as(err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(err()).hasLineCount(1).startsWith("digitalweek: standard output: cannot write")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export snm-2026 --format json", "programme snm-2026 --lang fr", "stats snm --json"})
    void aStreamThatThrowsFailsTheRunWithItsReason(String command) {
        int code = runInProcess(new FullDisk(), command.split(" "));

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err()).hasLineCount(1)
                .startsWith("digitalweek: sortie standard : écriture impossible (No space left on device)");
    }

    @Test
    void aWorkingStandardOutputIsUnchanged() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(runInProcess(new PrintStream(out, true, StandardCharsets.UTF_8), "programme", "snm-2026"))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cérémonie de lancement officiel");
        assertThat(err()).isEmpty();
    }

    @Test
    void aReaderThatClosedThePipeEndsTheRunSilently() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        int code = runInProcess(closedPipe, "programme", "snm-2026");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err()).isEmpty();
    }

    /** The real command, its standard output sent to the real {@code /dev/full}. */
    @ParameterizedTest
    @ValueSource(strings = {"export snm-2026 --format json", "export snm-2026 --format csv",
        "programme snm-2026"})
    void theCommandWritingToDevFullExitsThreeWithOneLine(String command) throws Exception {
        assumeThat(DEV_FULL).as("this system has /dev/full").exists();
        runInProcess(OutputStream.nullOutputStream(), "editions"); // seeds the store with the sample
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(List.of((command + " --lang en").split(" ")));
        Path errFile = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(DEV_FULL.toFile())
                .redirectError(errFile.toFile()).redirectInput(new File("/dev/null"));
        ChildLocale.neutral(builder.environment()).put("DIGITALWEEK_STORE", "file:" + home.resolve("store"));

        Process process = builder.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(errFile);
        assertThat(process.exitValue()).as(stderr).isEqualTo(ExitCodes.FAILURE);
        assertThat(stderr).isEqualTo("digitalweek: standard output: cannot write (No space left on device); "
                + "what it received is incomplete" + System.lineSeparator());
    }
}
