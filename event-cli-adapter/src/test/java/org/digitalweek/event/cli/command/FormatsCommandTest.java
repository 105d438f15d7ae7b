package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitalweek formats}: what {@code ServiceLoader} found, by id, media type and direction. */
class FormatsCommandTest {

    @TempDir
    Path folder;

    @Test
    void listsEveryExporterAndImporterWithItsMediaTypeAndDirection() {
        CommandRunner cli = new CommandRunner(folder);

        assertThat(cli.run("formats", "--lang", "en")).isZero();

        assertThat(cli.out().lines()).first().asString().containsPattern("FORMAT +MEDIA TYPE +DIRECTION");
        assertThat(cli.out()).containsPattern("\nics +text/calendar +export, import\n")
                .containsPattern("\nfrab-xml +application/vnd.c3voc.schedule\\+xml +export, import\n")
                .containsPattern("\nmarkdown +text/markdown +export\n");
        assertThat(cli.out().lines().skip(1).map(line -> line.split(" +")[0]))
                .containsAll(cli.exportFormats()).contains("frab-json", "schedule2", "json").doesNotHaveDuplicates();
    }
}
