package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.cli.command.CommandRunner.SAMPLE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitalweek export}: the exporter's very bytes, on standard output or in a whole file. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private CommandRunner cli;

    @BeforeEach
    void runnerOnAStoreInTheTestsFolder() {
        cli = new CommandRunner(folder);
    }

    @Test
    void standardOutputReceivesExactlyTheExportersBytesInEveryFormat() {
        SoftAssertions softly = new SoftAssertions();
        for (String format : cli.exportFormats()) {
            softly.assertThat(cli.run("export", SAMPLE, "--format", format)).as(format).isZero();
            softly.assertThat(cli.outBytes()).as(format).isEqualTo(cli.exported(SAMPLE, format, "fr"));
            softly.assertThat(cli.err()).as(format).isEmpty();
        }
        softly.assertAll();
        assertThat(cli.exportFormats()).contains("ics", "frab-xml", "json", "csv");
    }

    @Test
    void theLanguageOptionChoosesTheExportsLanguage() {
        assertThat(cli.run("export", SAMPLE, "--format", "markdown", "--lang", "en")).isZero();

        assertThat(cli.outBytes()).isEqualTo(cli.exported(SAMPLE, "markdown", "en"))
                .isNotEqualTo(cli.exported(SAMPLE, "markdown", "fr"));
    }

    @Test
    void theOutputOptionWritesTheWholeFileAndNothingElse() throws Exception {
        Path file = folder.resolve("out").resolve("schedule.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older export");

        assertThat(cli.run("export", SAMPLE, "--format", "frab-xml", "--output", file.toString())).isZero();

        assertThat(file).hasBinaryContent(cli.exported(SAMPLE, "frab-xml", "fr"));
        assertThat(cli.out()).isEmpty();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).as("no part file is left beside it").containsExactly(file);
        }
    }

    @Test
    void quietChangesNeitherTheDocumentNorTheFile() throws Exception {
        assertThat(cli.run("export", SAMPLE, "--format", "csv", "--quiet")).isZero();
        assertThat(cli.outBytes()).isEqualTo(cli.exported(SAMPLE, "csv", "fr"));
        assertThat(cli.err()).isEmpty();

        Path file = folder.resolve("quiet.xml");
        assertThat(cli.run("export", SAMPLE, "-q", "--format", "frab-xml", "--output", file.toString())).isZero();
        assertThat(file).hasBinaryContent(cli.exported(SAMPLE, "frab-xml", "fr"));
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aDashAsOutputIsStandardOutput() {
        assertThat(cli.run("export", SAMPLE, "--format", "ics", "--output", "-")).isZero();

        assertThat(cli.outBytes()).isEqualTo(cli.exported(SAMPLE, "ics", "fr"));
        assertThat(folder.resolve("-")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        assertThat(cli.run("export", SAMPLE, "--format", "pdf", "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).startsWith("digitalweek: unknown export format 'pdf'; formats: ")
                .contains("csv", "frab-xml", "ics", "json", "markdown").hasLineCount(1);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aFailedExportLeavesNoFile() {
        Path file = folder.resolve("missing-edition.ics");

        assertThat(cli.run("export", "snm-1999", "--format", "ics", "-o", file.toString())).isEqualTo(2);
        assertThat(cli.run("export", SAMPLE, "--format", "ics", "-o", folder.resolve("nowhere/x.ics").toString(),
                "--lang", "en")).isEqualTo(ExitCodes.FAILURE);

        assertThat(cli.err()).isEqualTo("digitalweek: no such folder: " + folder.resolve("nowhere")
                + System.lineSeparator());
        assertThat(file).doesNotExist();
        assertThat(folder.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aFolderIsNotAnOutputFile() {
        assertThat(cli.run("export", SAMPLE, "--format", "ics", "-o", folder.toString(), "--lang", "en"))
                .isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).contains("is a folder: give a file name");
    }

    @Test
    void theHelpListsItsExitCodesThenEndsWithExamples() {
        assertThat(cli.run("export", "--help", "--lang", "en")).isZero();

        assertThat(cli.out()).contains("--format=FORMAT", "--output=FILE", "--lang=fr|en")
                .endsWith("Examples:\n  digitalweek export snm-2026 --format ics > snm-2026.ics\n"
                        + "  digitalweek export snm-2026 --format frab-xml --output schedule.xml\n"
                        + "  digitalweek export snm-2026 --format markdown --lang en | less\n")
                .containsPattern("Exit codes:\\R  0 +success");
    }

    @Test
    void aMalformedEditionIdNamesTheRule() {
        assertThat(cli.run("export", "bad id", "--format", "ics", "--lang", "en")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).contains("editionId: must be an id of letters").doesNotContain("\tat ");
        assertThat(new String(cli.outBytes(), StandardCharsets.UTF_8)).isEmpty();
    }
}
