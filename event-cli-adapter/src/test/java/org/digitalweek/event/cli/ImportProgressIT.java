package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of a long import, with the packaged command under a pseudo-terminal
 * ({@code script}), as a person sees it: a line on standard error, rewritten in place and cleared
 * before the summary; none when standard error is a pipe, nor with {@code --quiet}. The document is
 * the sample edition with {@value #SESSIONS} sessions, some megabytes, whose import lasts seconds.
 */
class ImportProgressIT {

    private static final Path JAR = Path.of("target", "digitalweek.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final int SESSIONS = 20_000;

    /** What a run did: its exit code, standard output (under the pseudo-terminal: both) and standard error. */
    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    static Path folder;
    private static Path document;

    @BeforeAll
    static void aDocumentOfSomeMegabytes() throws Exception {
        IndependentChecks.requireScript();
        assertThat(run(List.of(), "sample", "add").exitCode()).isZero();
        Run sample = run(List.of(), "export", "snm-2026", "--format", "json");
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(sample.out());
        ObjectNode edition = (ObjectNode) root.get("edition");
        ObjectNode panel = (ObjectNode) edition.get("sessions").get(1);
        ArrayNode sessions = json.createArrayNode();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(panel.deepCopy().put("id", String.format("s%05d", i)));
        }
        edition.put("id", "large").set("sessions", sessions);
        document = folder.resolve("large.json");
        json.writeValue(document.toFile(), root);
    }

    /** The command, standard error on a pipe of its own. */
    private static Run run(List<String> java, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(java);
        command.addAll(List.of("-jar", JAR.toString(), "--store", "file:" + folder.resolve("store")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                "/dev/null"))).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), out, err.get());
    }

    /** The command under a pseudo-terminal: standard output and error both reach it, and what it shows. */
    private static Run underATerminal(String... args) throws Exception {
        StringBuilder line = new StringBuilder("'" + JAVA + "' -jar '" + JAR + "' --store 'file:"
                + folder.resolve("store") + "'");
        for (String arg : args) {
            line.append(" '").append(arg).append('\'');
        }
        Process process = new ProcessBuilder("script", "-q", "-e", "-c", line.toString(), "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).start();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), shown, "");
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void onATerminalALongImportShowsAProgressLineRewrittenInPlaceAndClearedBeforeTheSummary() throws Exception {
        Run run = underATerminal("import", document.toString(), "--as", "large-1");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("\rlecture : [0-9,]+ (o|ko|Mo) / [0-9,]+ Mo \\([0-9]+ %\\)");
        String summary = "Importée et stockée : large-1, " + SESSIONS + " sessions (json)";
        int cleared = run.out().lastIndexOf("\r" + " ".repeat(20));
        assertThat(cleared).as("the line is cleared").isPositive().isLessThan(run.out().indexOf(summary));
        assertThat(run.out().substring(run.out().indexOf(summary))).doesNotContain("lecture");
    }

    @Test
    void withQuietOrStandardErrorOnAPipeThereIsNone() throws Exception {
        Run quiet = underATerminal("import", document.toString(), "--as", "large-2", "--quiet", "--lang", "en");
        assertThat(quiet.exitCode()).as(quiet.out()).isZero();
        assertThat(quiet.out()).doesNotContain("reading").doesNotContain("\r ")
                .contains("Imported and stored: large-2, " + SESSIONS + " sessions (json)");

        Run piped = run(List.of(), "import", document.toString(), "--as", "large-3");
        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).startsWith("Importée et stockée : large-3");
    }
}
