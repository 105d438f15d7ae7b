package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.digitalweek.event.cli.command.CommandRunner.SAMPLE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --output} over an existing file keeps that file's permissions (and, where the user
 * may set them, its owner and group): a {@code chmod 600} file stays private after it is replaced.
 * A new file gets the usual rights of a new file.
 */
class OutputKeepsPermissionsTest {

    @TempDir
    Path folder;

    private CommandRunner cli;
    private Path out;

    @BeforeEach
    void runnerAndOutputFolder() throws Exception {
        cli = new CommandRunner(folder);
        out = Files.createDirectories(folder.resolve("out"));
    }

    @Test
    void aPrivateFileStaysPrivate() throws Exception {
        Path file = Files.writeString(out.resolve("snm-2026.json"), "an older export");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThat(cli.run("export", SAMPLE, "--format", "json", "--output", file.toString())).isZero();

        assertThat(file).hasBinaryContent(cli.exported(SAMPLE, "json", "fr"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aReadOnlyFileForTheGroupKeepsThatModeToo() throws Exception {
        Path file = Files.writeString(out.resolve("schedule.xml"), "an older export");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(cli.run("export", SAMPLE, "--format", "frab-xml", "--output", file.toString())).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void theOwnerAndGroupAreKeptWhereTheUserMaySetThem() throws Exception {
        assumeThat(Files.getAttribute(folder, "unix:uid")).as("only root may give a file away").isEqualTo(0);
        Path file = Files.writeString(out.resolve("snm-2026.ics"), "an older export");
        Files.setAttribute(file, "unix:uid", 4242);
        Files.setAttribute(file, "unix:gid", 4343);

        assertThat(cli.run("export", SAMPLE, "--format", "ics", "--output", file.toString())).isZero();

        assertThat(file).hasBinaryContent(cli.exported(SAMPLE, "ics", "fr"));
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(4242);
        assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(4343);
    }

    @Test
    void aNewFileHasTheRightsOfAnyNewFile() throws Exception {
        Path probe = Files.createFile(out.resolve("probe"));
        Path file = out.resolve("snm-2026.csv");

        assertThat(cli.run("export", SAMPLE, "--format", "csv", "--output", file.toString())).isZero();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }
}
