package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script, sourced by a real bash and run as bash runs it on a Tab, against the packaged
 * command and a store that holds the sample edition: each kind of value it promises.
 */
class CompletionIT {

    private static final Path JAR = Path.of("target", "digitalweek.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path folder;

    private static Path command;
    private static Path script;
    private static Path store;

    @BeforeAll
    static void aCommandOnThePathAndItsScript() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        command = folder.resolve("bin").resolve("digitalweek");
        Files.createDirectories(command.getParent());
        Files.writeString(command, "#!/bin/sh\nexec '" + JAVA + "' -jar '" + JAR + "' \"$@\"\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        store = folder.resolve("store");
        run(List.of(command.toString(), "sample", "add"), store); // a store the user names starts empty
        run(List.of(command.toString(), "sample", "add"), folder.resolve("other"));
        script = folder.resolve("digitalweek.bash");
        Files.writeString(script, run(List.of(command.toString(), "completion"), store));
        // A second store, which only the line's --store names, holding a clone.
        run(List.of(command.toString(), "clone", "snm-2026", "--as", "other-2027", "--start", "2027-01-28"),
                folder.resolve("other"));
    }

    private static String run(List<String> line, Path storeFolder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
        ChildLocale.neutral(builder.environment()).put("DIGITALWEEK_STORE", "file:" + storeFolder);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", line)).isZero();
        return out;
    }

    /**
     * @param words the words of the line as bash splits them, the last one the word being completed
     * @return what bash offers, one per element
     */
    private static List<String> complete(String... words) throws Exception {
        List<String> line = new ArrayList<>(List.of("/bin/bash", "-c", "source \"$0\"; COMP_WORDS=(\"$@\"); "
                + "COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; _digitalweek 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"", script.toString(), command.toString()));
        line.addAll(List.of(words));
        ProcessBuilder builder = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.put("DIGITALWEEK_STORE", "file:" + store);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void formatsOfEachWayAndLanguages() throws Exception {
        assertThat(complete("export", "snm-2026", "-f", "")).contains("ics", "csv", "html", "json", "frab-xml");
        assertThat(complete("export", "snm-2026", "--format", "js")).containsExactly("json", "jsonld");
        assertThat(complete("import", "x.xml", "--format", "")).contains("frab-xml", "json").doesNotContain("html");
        assertThat(complete("diff", "a.xml", "b.xml", "-f", "")).contains("frab-xml", "ics").doesNotContain("csv");
        assertThat(complete("--lang", "")).containsExactly("fr", "en");
        assertThat(complete("programme", "snm-2026", "--lang", "e")).containsExactly("en");
    }

    @Test
    void editionsFromTheStoreAndFromTheLinesStore() throws Exception {
        assertThat(complete("show", "")).containsExactly("snm-2026");
        assertThat(complete("session", "move", "sn")).containsExactly("snm-2026");
        // Bash splits file:PATH at the colon; the script joins it again.
        assertThat(complete("--store", "file", ":", folder.resolve("other").toString(), "check", ""))
                .contains("other-2027");
        assertThat(complete("--store", "file:" + folder.resolve("other"), "programme", "o"))
                .containsExactly("other-2027");
        assertThat(complete("clone", "snm-2026", "--as", "")).isEmpty();
    }

    @Test
    void sessionsRoomsAndPeopleOfTheEditionOnTheLine() throws Exception {
        assertThat(complete("session", "move", "snm-2026", "")).contains("masterclass-ia", "ceremonie-de-lancement",
                "panel-gouvernance-numerique");
        assertThat(complete("session", "cancel", "snm-2026", "panel")).containsExactly("panel-gouvernance-numerique");
        assertThat(complete("session", "move", "snm-2026", "masterclass-ia", "--room", ""))
                .contains("salle-des-banquets", "salle-de-formation");
        assertThat(complete("programme", "snm-2026", "--person", "mam")).containsExactly("mamou-daffe");
        assertThat(complete("session", "move", "nope", "")).isEmpty();
    }

    @Test
    void typesRolesAndTimeZones() throws Exception {
        assertThat(complete("session", "add", "snm-2026", "--type", "")).contains("panel", "workshop",
                "opening-ceremony");
        assertThat(complete("session", "assign", "snm-2026", "masterclass-ia", "--role", "p"))
                .containsExactly("presides", "panellist");
        assertThat(complete("clone", "snm-2026", "--time-zone", "Africa/Nia")).containsExactly("Africa/Niamey");
    }

    @Test
    void commandsAndOptionsStillComplete() throws Exception {
        assertThat(complete("pro")).contains("programme");
        assertThat(complete("export", "snm-2026", "--for")).containsExactly("--format");
        assertThat(complete("")).doesNotContain("__complete");
    }
}
