package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code digitalweek import} of each real schedule of {@code ../shared/corpus}, with the options a
 * user gives for what the file does not say (a time zone; never a city or country: those may stay
 * not given), then {@code programme} on what was stored. Skipped
 * when {@code ../shared} is absent (a user's clone), except in CI.
 */
class CorpusImportTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "schedules");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "31c3-v1.3.xml           | 31c3     | --time-zone Europe/Berlin",
        "31c3-v1.5.xml           | 31c3     | --time-zone Europe/Berlin",
        "fosdem-2021.xml         | fosdem   | --time-zone Europe/Brussels",
        "camp2019-frab.json      | camp2019 |",
        "democon-pretalx.json    | democon  |",
        "rc3-pretalx.json        | rc3      | --time-zone Europe/Berlin",
        "38c3-hub-schedule2.json | 38c3     |"})
    void eachCorpusScheduleImportsAndShowsItsProgramme(String name, String id, String options) {
        Path file = corpusFile(name);
        CommandRunner cli = new CommandRunner(folder);
        List<String> args = new ArrayList<>(List.of("import", file.toString(), "--as", id, "--lang", "en"));
        if (options != null) {
            args.addAll(List.of(options.split(" ")));
        }

        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();

        assertThat(cli.out()).startsWith("Imported and stored: " + id + ", ");
        assertThat(cli.run("programme", id, "--lang", "en")).as(cli.err()).isZero();
        assertThat(cli.out().lines().count()).isGreaterThan(4);
    }

    @Test
    void theTwo31c3ReleasesDiffAsTheFilesSay() {
        Path before = corpusFile("31c3-v1.3.xml");
        Path after = corpusFile("31c3-v1.4.xml");
        CommandRunner cli = new CommandRunner(folder);

        assertThat(cli.run("diff", before.toString(), after.toString(), "--time-zone", "Europe/Berlin",
                "--exit-code", "--lang", "en")).as(cli.err()).isEqualTo(1);

        List<String> lines = cli.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("+ Added: ")).hasSize(3)
                .anyMatch(l -> l.contains("'The case of Chelsea Manning'"));
        assertThat(lines).filteredOn(l -> l.startsWith("- Removed: ")).singleElement().asString()
                .contains("'Blow Stuff Up With Your Brain'");
        // Six sessions the files change, one more whose speaker 4690 is spelt anew, three whose links
        // change, and five whose source slug changes (frab makes a slug of the room and the speakers).
        assertThat(lines).filteredOn(l -> l.startsWith("~ ") && !l.startsWith("~ Official")).hasSize(7 + 3 + 5)
                .contains("~ Details changed: 'Space Hacker' (i_Dt13BFiawklEaokv3pKg): links",
                        "~ Details changed: 'Rocket science – how hard can it be?' (oI8n77eKy3Uz2Fklmk4hVQ): source")
                .contains("~ Participants changed: 'Doing right by sources, done right' (xyADKdXtvEgJWo6eaTmUBQ): "
                        + "changed gracefire → Grace North")
                .anyMatch(l -> l.contains("'Googlequiz – 2015er Edition'") && l.contains("added Martin Krönke "
                        + "(speaker); changed ralf@appelt.net → Ralf Appelt"));
        assertThat(lines).filteredOn(l -> l.startsWith("~ Official")).containsExactlyInAnyOrder(
                "~ Official 'gracefire' → 'Grace North' changed: name",
                "~ Official 'ralf@appelt.net' → 'Ralf Appelt' changed: name");
        assertThat(lines).noneMatch(l -> l.matches(".*(added|removed|changed) \\d+.*"));
        assertThat(cli.run("diff", after.toString(), after.toString(), "--time-zone", "Europe/Berlin",
                "--exit-code")).isZero();
    }

    /** The corpus file, after skipping the test when {@code ../shared} is absent, except in CI. */
    private static Path corpusFile(String name) {
        Path file = CORPUS.resolve(name).toAbsolutePath().normalize();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(Files.isRegularFile(file), "skipped: the corpus is not here (" + file + "): ../shared is only "
                    + "on CI and developer machines");
        }
        return file;
    }
}
