package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/**
 * What the command says to a person names no Java class, whatever went wrong: a refused request
 * (named in words, not by its record's class), a file system failure (said, not printed with its
 * exception's class), a parser's refusal (without the parser's option names), a number that would
 * overflow (refused as bad input, exit 2, not an unexpected failure).
 */
class HumanMessagesTest extends CommandTests {

    /** A Java class or package, an exception's name, a parser's option: what no message may hold. */
    static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|jakarta|tools\\.jackson|org\\.(?:digitalweek|sqlite"
            + "|flywaydb|postgresql))\\.|\\b[A-Z]\\w+(?:Command|Query|QueryById|Exception|Error)\\b|JsonReadFeature"
            + "|Feature '|`");

    private static final String BAD = "bad id";

    @Test
    void aRefusedRequestIsNamedInWordsInBothLanguages() {
        List<List<String>> commands = List.of(List.of("show", BAD), List.of("programme", BAD), List.of("check", BAD),
                List.of("releases", BAD), List.of("export", BAD, "--format", "json"), List.of("publish", BAD),
                List.of("archive", BAD), List.of("session", "cancel", BAD, "x"), List.of("stats", BAD),
                List.of("clone", BAD, "--as", "snm-2027", "--start", "2027-01-28"), List.of("diff", BAD, "--from", "1"));
        for (List<String> command : commands) {
            for (String language : List.of("fr", "en")) {
                Ran ran = run(with(command, "--lang", language));

                assertThat(ran.code()).as(command + " " + language).isEqualTo(ExitCodes.USAGE);
                assertThat(ran.err()).as(command + " " + language).startsWith("digitalweek: ")
                        .doesNotContainPattern(JAVA);
            }
        }
        assertThat(run("show", BAD, "--lang", "en").errLines()).containsExactly(
                "digitalweek: the edition asked for: 1 problem",
                "  editionId: must be an id of letters, digits and . _ : - that starts with a letter or digit, at most"
                        + " 128 characters");
        assertThat(run("show", BAD).errLines()[0]).isEqualTo("digitalweek: l'édition demandée : 1 problème");
    }

    @Test
    void aFileSystemFailureIsSaidInWords() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");

        Ran under = run("editions", "--store", "file:" + file.resolve("store"), "--lang", "en");
        assertThat(under.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(under.errLines()[0]).isEqualTo("digitalweek: " + file.resolve("store")
                + ": cannot open the store's folder (" + file.resolve("store") + ": Not a directory)");

        Ran onto = run("editions", "--store", "file:" + file, "--lang", "en");
        assertThat(onto.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(onto.errLines()[0]).isEqualTo("digitalweek: " + file + ": cannot open the store's folder ("
                + file + ": exists already, and is not a folder)");
        assertThat(under.err() + onto.err()).doesNotContainPattern(JAVA);
    }

    @Test
    void aParsersOptionsAreNeverNamed() throws IOException {
        for (String document : List.of("{\"format\": NaN}", "// a comment\n{}", "{\"format\": +1}",
                "{\"format\": 0x10}", "{\"format\": \"a\u001eb\"}", "{\"format\": Infinity}")) {
            Path file = Files.writeString(home.resolve("document.json"), document);

            Ran ran = run("import", file.toString(), "--format", "json", "--lang", "en");

            assertThat(ran.code()).as(document).isEqualTo(ExitCodes.USAGE);
            assertThat(ran.err()).as(document).contains("not well-formed JSON").doesNotContainPattern(JAVA);
        }
    }

    @Test
    void anXmlParsersMessageKeyIsSaidInWords() throws IOException {
        Path file = Files.writeString(home.resolve("schedule.xml"), "<?xml version=\"1.0\"?>\n"
                + "<schedule x=\"1\" x=\"2\"><version>1</version></schedule>\n");

        Ran ran = run("import", file.toString(), "--format", "frab-xml", "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran.errLines()[0]).endsWith(": not well-formed XML: attribute \"x\" appears twice in element"
                + " <schedule>");
    }

    @Test
    void aCloneWhoseNumberWouldOverflowIsRefusedAsBadInput() throws IOException {
        importSampleAs("snm-max", json -> json.replace("\"number\": 3,", "\"number\": 2147483647,"));

        Ran clone = run("clone", "snm-max", "--as", "snm-next", "--start", "2027-01-28", "--lang", "en");

        assertThat(clone.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(clone.errLines()).containsExactly("digitalweek: the clone: 1 problem",
                "  number: the source edition is numbered 2147483647, the largest possible: give the clone's number");
        assertThat(run("clone", "snm-max", "--as", "snm-next", "--start", "2027-01-28", "--number", "1").code())
                .isZero();
    }

    @Test
    void aCloneMovedPastTheYear9999IsRefusedAsBadInput() {
        Ran clone = run("clone", CommandRunner.SAMPLE, "--as", "snm-9999", "--start", "9999-12-30", "--lang", "en");

        assertThat(clone.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(clone.errLines()[0]).startsWith("digitalweek: the cloned edition 'snm-9999': ");
        assertThat(clone.err()).contains("  endDate: must be in the years 0001 to 9999").doesNotContainPattern(JAVA);
        assertThat(run("show", "snm-9999").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anEditionAtTheLargestVersionIsRefusedAsBadInput() throws IOException {
        Path stored = home.resolve("store").resolve("snm-max.json");
        importSampleAs("snm-max", json -> json);
        Files.writeString(stored, Files.readString(stored).replaceFirst("\"version\": \\d+",
                "\"version\": " + Long.MAX_VALUE));
        byte[] before = Files.readAllBytes(stored);

        for (List<String> command : List.of(List.of("publish", "snm-max"),
                List.of("session", "cancel", "snm-max", "ceremonie-de-lancement"),
                List.of("import", home.resolve("sample.json").toString(), "--replace"))) {
            Ran ran = run(with(command, "--lang", "en"));

            assertThat(ran.code()).as(command.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(ran.errLines()).as(command.toString()).containsExactly("digitalweek: edition 'snm-max': its"
                    + " version, 9223372036854775807, is the largest possible: it has no next one");
        }
        assertThat(Files.readAllBytes(stored)).isEqualTo(before);
    }

    /** Imports the sample, changed, under another id; leaves the document in {@code sample.json}. */
    private void importSampleAs(String id, java.util.function.UnaryOperator<String> change) throws IOException {
        Ran exported = run("export", CommandRunner.SAMPLE, "--format", "json");
        Path document = Files.writeString(home.resolve("sample.json"),
                change.apply(exported.out().replace("\"id\": \"snm-2026\"", "\"id\": \"" + id + "\"")),
                StandardCharsets.UTF_8);
        assertThat(run("import", document.toString()).code()).isZero();
    }

    private static String[] with(List<String> command, String... more) {
        return java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(more))
                .toArray(String[]::new);
    }
}
