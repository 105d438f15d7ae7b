package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/**
 * The examples of {@code docs/cli-json.md} are the real output: each {@code sh} block of
 * {@code digitalweek} commands followed by a {@code json} block is run on a fresh store holding the
 * sample, at {@link CommandRun#CLOCK}, and the last command's output must be the block, byte for byte.
 * With {@code -Ddigitalweek.docs.write=true} the test writes the outputs into the page instead (then
 * review the diff).
 */
class CliJsonDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "cli-json.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "```sh\n((?:digitalweek [^\n]*\n)+)```\n```json\n(.*?)```", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    @TempDir
    Path home;

    @Test
    void everyExampleOfThePageIsWhatTheCommandPrints() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Matcher example = EXAMPLE.matcher(page);
        StringBuilder written = new StringBuilder();
        List<String> commands = new ArrayList<>();
        int n = 0;
        while (example.find()) {
            String printed = run(home.resolve("example-" + n++), example.group(1));
            commands.add(example.group(1).lines().reduce((a, b) -> b).orElseThrow().split(" ")[1]);
            example.appendReplacement(written, Matcher.quoteReplacement(
                    "```sh\n" + example.group(1) + "```\n```json\n" + printed + "```"));
            if (!Boolean.getBoolean("digitalweek.docs.write")) {
                assertThat(example.group(2)).as(example.group(1)).isEqualTo(printed);
            }
        }
        example.appendTail(written);
        if (Boolean.getBoolean("digitalweek.docs.write")) {
            Files.writeString(PAGE, written, StandardCharsets.UTF_8);
        }
        assertThat(commands).as("a documented example of each command")
                .contains("editions", "programme", "check", "releases", "stats");
    }

    /** Runs each line (or each part joined by {@code &&}) in turn; the last one's standard output. */
    private static String run(Path folder, String lines) {
        CommandRun cli = new CommandRun(folder);
        Ran last = null;
        for (String line : lines.split("\n|&&")) {
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(line.strip());
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2));
            }
            assertThat(words.remove(0)).isEqualTo("digitalweek");
            last = cli.run(words.toArray(String[]::new));
            assertThat(last.err()).as(line).isEmpty();
        }
        return last.out().replace(System.lineSeparator(), "\n");
    }
}
