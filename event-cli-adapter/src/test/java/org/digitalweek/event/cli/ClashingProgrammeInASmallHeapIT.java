package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 1: a 2 MB canonical document of 3,000 sessions in one room at one time, with one
 * speaker in all of them, used to run the checker out of memory (it made every one of the 4.5
 * million overlapping pairs a finding, twice) after storing the edition. In a packaged command with
 * a 256 MB heap it is now checked, imported and exported in every format, with exactly one finding
 * for the room and one for the speaker.
 */
class ClashingProgrammeInASmallHeapIT {

    private static final Path JAR = Path.of("target", "digitalweek.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final int SESSIONS = 3_000;

    private record Run(int exitCode, String out) {
    }

    @TempDir
    static Path folder;
    private static Path document;

    @BeforeAll
    static void aDocumentOfThousandsOfSessionsAtOnce() throws Exception {
        Run added = run("sample", "add"); // a store named by DIGITALWEEK_STORE starts empty
        assertThat(added.exitCode()).as(added.out()).isZero();
        Run sample = run("export", "snm-2026", "--format", "json");
        assertThat(sample.exitCode()).as(sample.out()).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(sample.out());
        ObjectNode edition = (ObjectNode) root.get("edition");
        ObjectNode panel = (ObjectNode) edition.get("sessions").get(1);
        assertThat(panel.get("id").asText()).isEqualTo("panel-gouvernance-numerique");
        ArrayNode sessions = json.createArrayNode();
        for (int i = 0; i < SESSIONS; i++) {
            ObjectNode copy = panel.deepCopy().put("id", String.format("s%04d", i));
            copy.putArray("participants").addObject().put("official", "mamou-daffe").put("role", "SPEAKER");
            sessions.add(copy);
        }
        edition.put("id", "clash-3000").set("sessions", sessions);
        document = folder.resolve("clash-3000.json");
        json.writeValue(document.toFile(), root);
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        return inHeap("256m", args);
    }

    private static Run inHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx" + heap, "-jar", JAR.toString(), "--lang", "en"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        ChildLocale.neutral(builder.environment()).put("DIGITALWEEK_STORE", "file:" + folder.resolve("store"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExit3AndStoresNothing() throws Exception {
        Run starved = inHeap("16m", "import", document.toString(), "--as", "starved");

        assertThat(starved.exitCode()).as(starved.out()).isEqualTo(3);
        assertThat(starved.out()).isEqualTo("digitalweek: out of memory: the work asked for exceeds the memory "
                + "given to Java (option -Xmx, through DIGITALWEEK_JAVA_OPTIONS)\n");
        assertThat(run("editions").out()).doesNotContain("starved");
    }

    @Test
    void isCheckedImportedAndExportedWithOneFindingPerClash() throws Exception {
        Run dryRun = run("import", document.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.out()).isZero();
        assertThat(dryRun.out()).contains("3000 sessions").contains("2 errors, 0 warnings, 0 information");

        Run imported = run("import", document.toString());
        assertThat(imported.exitCode()).as(imported.out()).isZero();

        Run check = run("check", "clash-3000");
        assertThat(check.exitCode()).as(check.out()).isEqualTo(1);
        assertThat(check.out()).contains("ERROR (2)")
                .contains("[room-double-booked] Room \"Conference room (illustrative)\" (salle-de-conference) holds "
                        + "3000 overlapping sessions over 2026-01-30 10:00–12:00")
                .contains("[person-double-booked] M. Mamou Daffé (mamou-daffe) is expected at 3000 overlapping sessions")
                .contains("sessions: s0000, s0001, s0002, s0003, s0004, s0005, s0006, s0007, s0008, s0009 and 2990 more")
                .hasLineCount(7);

        for (String format : List.of("json", "frab-xml", "frab-json", "schedule2", "ics", "jsonld", "csv",
                "csv-excel", "html", "markdown", "communique")) {
            Run export = run("export", "clash-3000", "--format", format, "--output",
                    folder.resolve("out." + format).toString());
            assertThat(export.exitCode()).as(format + ": " + export.out()).isZero();
        }
    }
}
