package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.cli.command.CommandRunner.SAMPLE;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code digitalweek import}: the sample's own exports come back in every importable format, the
 * format recognized from the file; a dry run stores nothing; a broken document is one located line.
 */
class ImportCommandTest {

    @TempDir
    Path folder;

    private CommandRunner cli;

    @BeforeEach
    void runnerOnAStoreInTheTestsFolder() {
        cli = new CommandRunner(folder);
    }

    /** The sample exported in a format, into a file of the folder. */
    private Path exported(String format, String fileName) throws Exception {
        Path file = folder.resolve(fileName);
        Files.write(file, cli.exported(SAMPLE, format, "fr"));
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"json, snm-2026.json", "frab-xml, schedule.xml", "frab-json, schedule.json",
        "schedule2, schedule2.json", "ics, snm-2026.ics"})
    void theSamplesExportComesBackInItsRecognizedFormat(String format, String fileName) throws Exception {
        Path file = exported(format, fileName);
        String copy = "copie-" + format;

        assertThat(cli.run("import", file.toString(), "--as", copy)).as(cli.err()).isZero();

        assertThat(cli.out()).startsWith("Importée et stockée : " + copy + ", 5 sessions (" + format + ")")
                .contains("Constats des règles du programme : 0 erreur, 0 avertissement, 0 information");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.run("programme", copy)).isZero();
        assertThat(cli.out()).contains("jeudi 29 janvier 2026").contains("Cérémonie de lancement officiel");
    }

    @Test
    void aDocumentThatSaysItIsPublishedIsImportedAsADraftWithNoRelease() throws Exception {
        String document = new String(cli.exported(SAMPLE, "json", "fr"), StandardCharsets.UTF_8);
        assertThat(document).contains("    \"status\": \"DRAFT\",\n");
        Path file = folder.resolve("published.json");
        Files.writeString(file, document.replace("    \"status\": \"DRAFT\",\n",
                "    \"status\": \"PUBLISHED\",\n    \"publishedAt\": \"2026-01-20T08:30:00Z\",\n"));

        assertThat(cli.run("import", file.toString(), "--as", "copie", "--lang", "en")).as(cli.err()).isZero();

        assertThat(cli.out()).contains("  status: the document says published (2026-01-20T08:30:00Z); the edition is"
                + " imported as a draft: only publish publishes an edition");
        assertThat(cli.run("releases", "copie", "--lang", "en")).isZero();
        assertThat(cli.out()).contains("Edition 'copie': no release.");
        assertThat(cli.run("editions", "--lang", "en")).isZero();
        assertThat(cli.out().lines().filter(line -> line.startsWith("copie "))).singleElement()
                .satisfies(line -> assertThat(line).containsIgnoringCase("draft").doesNotContainIgnoringCase("publish"));
    }

    @Test
    void repairsAreListedInTheUsersLanguageWithTheirPlace() throws Exception {
        Path file = exported("frab-xml", "schedule.xml");

        assertThat(cli.run("import", file.toString(), "--as", "copie", "--lang", "en")).isZero();

        assertThat(cli.out()).containsPattern("Repairs made to read the document \\((\\d+) kinds?\\):\n"
                + "  line 3, column 3: <generator> not kept: the model has no place for it\n");
        int repairs = Integer.parseInt(cli.out().replaceAll("(?s).*document \\((\\d+) kinds?\\).*", "$1"));
        assertThat(cli.out().lines().filter(line -> line.startsWith("  "))).hasSize(repairs);
    }

    @Test
    void aDashReadsStandardInputAndRecognizesItsFormat() {
        byte[] schedule = cli.exported(SAMPLE, "frab-xml", "fr");

        assertThat(cli.runWithInput(schedule, "import", "-", "--as", "canal", "--lang", "en")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Imported and stored: canal, 5 sessions (frab-xml)");

        assertThat(cli.runWithInput("not a schedule".getBytes(StandardCharsets.UTF_8), "import", "-", "--lang", "en"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("digitalweek: standard input: format not recognized; give it with --format");

        assertThat(cli.runWithInput("{\"format\": 3}".getBytes(StandardCharsets.UTF_8), "import", "-", "--format",
                "json")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("digitalweek: entrée standard, ligne 1, colonne 12 (/format) : ");
    }

    @Test
    void quietLeavesTheSummaryAndTheErrors() {
        byte[] schedule = cli.exported(SAMPLE, "frab-xml", "fr");

        assertThat(cli.runWithInput(schedule, "import", "-", "--as", "calme", "--quiet", "--lang", "en")).isZero();
        assertThat(cli.out()).startsWith("Imported and stored: calme, 5 sessions (frab-xml)");
        assertThat(cli.err()).isEmpty();

        assertThat(cli.runWithInput("not a schedule".getBytes(StandardCharsets.UTF_8), "import", "-", "-q", "--lang",
                "en")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("digitalweek: standard input: format not recognized");
    }

    @Test
    void aDryRunReportsButStoresNothing() throws Exception {
        Path file = exported("ics", "snm-2026.ics");

        assertThat(cli.run("import", file.toString(), "--as", "essai", "--dry-run", "--lang", "en")).isZero();

        assertThat(cli.out()).startsWith("Dry run, nothing stored: essai, 5 sessions (ics)");
        assertThat(cli.run("programme", "essai")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("editions")).isZero();
        assertThat(cli.out()).doesNotContain("essai");
    }

    @Test
    void replacingPrintsTheChangesToTheProgramme() throws Exception {
        String json = new String(cli.exported(SAMPLE, "json", "fr"), StandardCharsets.UTF_8);
        Path file = folder.resolve("changed.json");
        Files.writeString(file, json.replace("Cérémonie de lancement officiel", "Cérémonie d'ouverture"));

        assertThat(cli.run("import", file.toString(), "--replace", "--lang", "en")).as(cli.err()).isZero();

        assertThat(cli.out()).startsWith("Imported, replacing the stored edition: snm-2026, 5 sessions (json)")
                .contains("Changes to the programme:\n  ~ Retitled: ").contains("(ceremonie-de-lancement)");
        assertThat(cli.run("programme", SAMPLE)).isZero();
        assertThat(cli.out()).contains("Cérémonie d'ouverture");
    }

    @Test
    void anEditionThatExistsIsNotReplacedUnlessAsked() throws Exception {
        Path file = exported("json", "snm-2026.json");

        assertThat(cli.run("import", file.toString(), "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).contains("the edition exists already").hasLineCount(1);
    }

    @Test
    void aBrokenDocumentIsOneLocatedLineAndExitCodeTwo() throws Exception {
        byte[] whole = cli.exported(SAMPLE, "frab-xml", "fr");
        Path file = folder.resolve("broken.xml");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThat(cli.run("import", file.toString(), "--as", "copie", "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).matches("digitalweek: .*broken\\.xml at line \\d+, column \\d+: .*\\R")
                .doesNotContain("Exception");
        assertThat(cli.out()).isEmpty();
        assertThat(cli.run("programme", "copie")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void everyProblemOfADocumentIsListedUnderTheFirstLocatedOne() throws Exception {
        String xml = new String(cli.exported(SAMPLE, "frab-xml", "fr"), StandardCharsets.UTF_8);
        Path file = folder.resolve("dates.xml");
        Files.writeString(file, xml.replace("2026-01-29T09", "2026-13-29T09").replace("2026-01-30T10", "2026-01-30T99"));

        assertThat(cli.run("import", file.toString(), "--as", "copie")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err().lines()).hasSize(2);
        assertThat(cli.err().lines().findFirst().orElseThrow()).startsWith("digitalweek: " + file + ", événement ")
                .contains("(ligne ").contains("2026-13-29T09");
        assertThat(cli.err().lines().skip(1)).singleElement().asString().startsWith("  événement ")
                .contains("2026-01-30T99");
    }

    @Test
    void aDocumentOfNoKnownFormatAsksForTheFormat() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "Réunion de préparation : jeudi.");

        assertThat(cli.run("import", file.toString(), "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("digitalweek: " + file + ": format not recognized; give it with --format "
                + "(frab-json, frab-xml, ics, json, schedule2)" + System.lineSeparator());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() throws Exception {
        Path file = exported("ics", "snm-2026.ics");

        assertThat(cli.run("import", file.toString(), "--format", "vcard", "--lang", "en"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).isEqualTo("digitalweek: unknown import format 'vcard'; formats: frab-json, frab-xml, "
                + "ics, json, schedule2" + System.lineSeparator());
    }

    @Test
    void aMissingFileOrAFolderIsAUsageError() {
        Path missing = folder.resolve("absent.xml");

        assertThat(cli.run("import", missing.toString(), "--lang", "en")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("digitalweek: no such file: " + missing + System.lineSeparator());

        assertThat(cli.run("import", folder.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("digitalweek: « " + folder + " » est un dossier, pas un document"
                + System.lineSeparator());
    }

    @Test
    void aFileThatCannotBeReadIsAFailureThatNamesIt() {
        Path unreadable = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable),
                "skipped: needs Linux's /proc/self/mem, a file whose first byte cannot be read");

        assertThat(cli.run("import", unreadable.toString(), "--lang", "en")).isEqualTo(ExitCodes.FAILURE);

        assertThat(cli.err()).startsWith("digitalweek: cannot read /proc/self/mem: ").hasLineCount(1);
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefusedBeforeReading() throws Exception {
        Path file = exported("ics", "snm-2026.ics");

        assertThat(cli.run("import", file.toString(), "--time-zone", "Mars/Olympus")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).contains("--time-zone").contains("Mars/Olympus");
    }
}
