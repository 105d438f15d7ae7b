package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Terminal;

/**
 * Data holding a carriage return, a tab or a bidirectional control (a title that rewrites its line
 * or reverses what follows) reaches a terminal escaped, in tables, in plain lines and in messages;
 * a pipe gets the command's text as it is, and an export stays byte for byte what the format says.
 */
class TerminalEscapesTest {

    private static final Terminal TERMINAL = new Terminal(true, 200);
    /** As typed in the document: a carriage return that would rewrite the line, then a right-to-left override. */
    private static final String TITLE = "Programme officiel\\rFAUX\\nLIGNE \\u202Eexe.txt\\tfin";

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importAnEditionWithControlsInItsTitles() throws IOException {
        assertThat(run(Terminal.PLAIN, "export", CommandRunner.SAMPLE, "--format", "json")).isZero();
        String document = out.toString(StandardCharsets.UTF_8)
                .replace("\"id\": \"snm-2026\"", "\"id\": \"snm-rlo\"")
                .replace("Semaine du Numérique au Mali, 3ème édition", TITLE)
                .replace("Cérémonie de lancement officiel", TITLE);
        Path file = Files.writeString(home.resolve("rlo.json"), document);
        assertThat(run(Terminal.PLAIN, "import", file.toString())).as(err()).isZero();
    }

    @Test
    void aTerminalSeesTheControlsOfTheDataEscaped() {
        for (String[] command : new String[][] {{"show", "snm-rlo"}, {"programme", "snm-rlo"}, {"editions"}}) {
            assertThat(run(TERMINAL, command)).isZero();

            assertThat(out()).as(command[0]).contains("Programme officiel\\rFAUX\\nLIGNE \\u202Eexe.txt\\tfin")
                    .doesNotContain("\r").doesNotContain("\u202e").doesNotContain("\t")
                    .doesNotContainPattern("(?m)^LIGNE");
        }
    }

    @Test
    void aPipeGetsTheTextAndAnExportItsBytes() {
        assertThat(run(Terminal.PLAIN, "show", "snm-rlo")).isZero();
        assertThat(out()).contains("Programme officiel\rFAUX\nLIGNE \u202eexe.txt\tfin");

        assertThat(run(Terminal.PLAIN, "export", "snm-rlo", "--format", "csv")).isZero();
        byte[] piped = out.toByteArray();
        assertThat(run(TERMINAL, "export", "snm-rlo", "--format", "csv")).isZero();
        assertThat(out.toByteArray()).isEqualTo(piped);
        assertThat(out()).contains("\u202e");
    }

    @Test
    void aMessageShowsTheControlsOfWhatItQuotes() {
        assertThat(run(Terminal.PLAIN, "editions", "--store", "ftp://x\u202ey\rz", "--lang", "en")).isEqualTo(2);

        assertThat(err()).startsWith("digitalweek: store 'ftp://x\\u202Ey\\rz': no store opens this URI")
                .doesNotContain("\r").doesNotContain("\u202e");
    }

    private int run(Terminal terminal, String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal,
                DefaultStore.implicit("file:" + home.resolve("store")),
                CommandRunner.CLOCK);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
