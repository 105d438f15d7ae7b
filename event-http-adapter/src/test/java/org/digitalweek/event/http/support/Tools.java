package org.digitalweek.event.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The independent checkers the HTTP tests run on what the server answers: Debian's Python 3 with
 * its packages ({@code python3-icalendar}, {@code python3-lxml}) and Chromium, as the export
 * tests use them. A test that needs one that is missing is skipped with the reason, except in CI
 * ({@code CI=true}), where it fails.
 */
public final class Tools {

    /** Debian's interpreter: the {@code python3} first on the PATH may be another that lacks the packages. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private Tools() {
    }

    /**
     * The outcome of a run.
     *
     * @param exitCode the exit code
     * @param output   what it printed on its standard output
     * @param errors   what it printed on its standard error
     */
    public record Run(int exitCode, String output, String errors) {
    }

    /**
     * Skips the test (or fails it in CI) unless Debian's Python can import every module.
     *
     * @param modules Python modules, e.g. {@code icalendar}
     */
    public static void requirePython(String... modules) {
        boolean present = Files.isExecutable(PYTHON)
                && run(List.of(PYTHON.toString(), "-c", "import " + String.join(", ", modules))).exitCode() == 0;
        require(present, "Debian's /usr/bin/python3 with " + String.join(", ", modules)
                + " (apt-get install python3-<module>)");
    }

    /**
     * Runs a Python script given as text, with arguments.
     *
     * @param script the program
     * @param args   its arguments
     * @return what it did
     */
    public static Run python(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
        command.addAll(List.of(args));
        return run(command);
    }

    /** @return Chromium's path, after skipping the test (or failing it in CI) when there is none */
    public static Path requireChromium() {
        Optional<Path> found = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst();
        require(found.isPresent(), "Chromium (apt-get install chromium)");
        return found.orElseThrow();
    }

    /**
     * @param command a command line
     * @return its exit code and outputs; a command that runs over two minutes is killed
     */
    public static Run run(List<String> command) {
        try {
            Path errors = Files.createTempFile("tool-", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                process.getOutputStream().close();
                byte[] output = process.getInputStream().readAllBytes();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Run(-1, new String(output, StandardCharsets.UTF_8), "killed after two minutes");
                }
                return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8),
                        Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            return new Run(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, "", e.toString());
        }
    }

    private static void require(boolean present, String what) {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true but this validator is missing: " + what).isTrue();
        }
        Assumptions.assumeTrue(present, "skipped: this validator is missing: " + what);
    }
}
