package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitalweek completion}: a bash and zsh script that knows the whole command tree. */
class CompletionCommandTest {

    @TempDir
    Path folder;

    @Test
    void theScriptCompletesTheCommandsAndTheirOptions() {
        CommandRunner cli = new CommandRunner(folder);

        assertThat(cli.run("completion")).isZero();

        assertThat(cli.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _digitalweek -o default digitalweek")
                .contains("--format", "--output", "--dry-run", "--time-zone", "--store", "--lang");
        String commands = cli.out().lines().filter(line -> line.contains("local commands=\"")).findFirst().orElseThrow();
        assertThat(commands.split("[ \"]+")).contains("editions", "show", "programme", "export", "import", "formats",
                "completion");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theCommandListOffersIt() {
        CommandRunner cli = new CommandRunner(folder);

        assertThat(cli.run("--help")).isZero();

        assertThat(cli.out()).contains("completion", "export", "import", "formats");
    }
}
