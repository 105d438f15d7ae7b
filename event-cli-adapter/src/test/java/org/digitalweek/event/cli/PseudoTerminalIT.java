package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionType;

/**
 * Every read command as a person sees it: the {@code ./digitalweek} launcher run by {@code script}
 * (util-linux) on a pseudo-terminal of 80 columns, with no {@code COLUMNS} in its environment, in
 * French and in English. No line is wider than the terminal (in display columns, colours left
 * out), the output is in one language, and it names no Java class or enum constant. Piped, the same
 * commands are not shortened.
 */
class PseudoTerminalIT {

    private static final Path LAUNCHER = Path.of("..", "digitalweek").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "digitalweek.jar").toAbsolutePath();
    private static final Path SAMPLE = Path.of("..", "event-export", "src", "main", "resources", "org", "digitalweek",
            "event", "export", "sample", "snm-2026.json").toAbsolutePath().normalize();
    private static final int WIDTH = 80;

    /**
     * The read commands, each with its arguments: the one place to add a command (or its {@code --help}).
     * The store holds the sample edition, a release 1.0 of it, then a session moved over several days
     * and into a clash, so that {@code check} and {@code diff} have something to say.
     */
    static final List<List<String>> READ_COMMANDS = List.of(
            List.of("editions"),
            List.of("show", "snm-2026"),
            List.of("programme", "snm-2026"),
            List.of("check", "snm-2026"),
            List.of("releases", "snm-2026"),
            List.of("stats", "snm"),
            List.of("formats"),
            List.of("diff", "snm-2026", "--from", "1.0"),
            List.of("--help"),
            List.of("programme", "--help"),
            List.of("import", "--help"),
            List.of("session", "move", "--help"),
            List.of("sample", "list"));

    /** Words of the command's own that an English run never prints. */
    private static final List<String> FRENCH = List.of("HEURE", "TITRE", "SALLE", "Aucun", "aucun", "erreur",
            "avertissement", "jeudi", "janvier", "févr.", "Pistes", "Nombres", "ÉTIQUETTE", "INTERVENANTS",
            "TYPE DE MÉDIA", "publiée", "Édition");
    /** Words of the command's own that a French run never prints. */
    private static final List<String> ENGLISH = List.of("Usage", "Exit codes", "session(s) found", "TIME", "TITLE",
            "ROOM", "Thursday", "January", " Feb ", "error", "warning", "Tracks", "Counts", "LABEL", "SPEAKERS",
            "MEDIA TYPE", "published", "Edition");
    /** What only a program's insides print: a package, an exception, an object's identity. */
    private static final Pattern INSIDES = Pattern.compile("org\\.digitalweek|Exception|(?m)^\\s+at [\\w.$]+\\(|@[0-9a-f]{6,}");
    private static final Pattern STYLE = Pattern.compile("\u001b\\[[0-9;]*m");

    private static Path store;

    /** What a run printed and how it ended. */
    private record Run(int exitCode, String out) {

        List<String> lines() {
            return Arrays.asList(out.split("\n", -1));
        }
    }

    @BeforeAll
    static void storeWithTheSampleAReleaseAndAChange() throws Exception {
        IndependentChecks.requireScript();
        store = Files.createTempDirectory("digitalweek-pty");
        // Whether or not the store receives the sample by itself, it holds this one after the import.
        for (List<String> step : List.of(List.of("import", SAMPLE.toString(), "--replace"),
                List.of("publish", "snm-2026", "--label", "1.0"),
                List.of("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-02T10:00",
                        "--end", "2026-02-05T12:00"))) {
            Run run = piped(step);
            assertThat(run.exitCode()).as(step + ": " + run.out()).isZero();
        }
    }

    @Test
    void everyReadCommandFitsAnEightyColumnTerminalInOneLanguageAndNamesNoInsides() throws Exception {
        for (List<String> command : READ_COMMANDS) {
            for (String lang : List.of("fr", "en")) {
                List<String> args = new ArrayList<>(command);
                args.addAll(List.of("--lang", lang));
                Run run = onTerminal(WIDTH, Map.of(), launcher(args));
                String what = String.join(" ", args) + ":\n" + run.out();

                assertThat(run.exitCode()).as(what).isIn(0, 1);
                assertThat(run.out()).as(what).isNotBlank();
                assertThat(run.lines()).as(what).allSatisfy(line -> assertThat(columns(line)).as(line)
                        .isLessThanOrEqualTo(WIDTH));
                for (String word : lang.equals("fr") ? ENGLISH : FRENCH) {
                    assertThat(run.out()).as(what).doesNotContain(word);
                }
                assertThat(run.out()).as(what).doesNotContainPattern(INSIDES);
                for (String constant : enumConstants()) {
                    // Not a placeholder of an address in the help, such as jdbc:postgresql://HOST/DB.
                    assertThat(run.out()).as(what).doesNotContainPattern("(?<!//)\\b" + constant + "\\b(?!/)");
                }
            }
        }
    }

    @Test
    void theWidthIsTheTerminalsWhateverColumnsSaysAndAPipeGetsEverything() throws Exception {
        List<String> programme = List.of("programme", "snm-2026");
        Run narrow = onTerminal(WIDTH, Map.of("COLUMNS", "200"), launcher(programme));
        Run wide = onTerminal(160, Map.of(), launcher(programme));
        Run piped = piped(programme);

        assertThat(narrow.lines()).allSatisfy(line -> assertThat(columns(line)).isLessThanOrEqualTo(WIDTH));
        assertThat(narrow.out()).as("the title column wraps").doesNotContain("officiel de la 3ème édition *")
                .contains("12:00 → ").contains("mer. 4 févr. 18:00");
        assertThat(wide.lines()).as("a wider terminal gets wider lines").anySatisfy(line ->
                assertThat(columns(line)).isGreaterThan(WIDTH).isLessThanOrEqualTo(160));
        assertThat(piped.lines()).as("a pipe: one line per session, nothing cut")
                .contains("Semaine du Numérique au Mali, 3ème édition — E-gouvernement à l’ère de l’intelligence "
                        + "artificielle : Opportunités et défis pour la culture")
                .anySatisfy(line -> assertThat(line).contains("12:00 → mer. 4 févr. 18:00")
                        .contains("Hall des expositions (illustratif)")
                        .endsWith("Exposition du savoir-faire technologique local *"));
        assertThat(piped.out()).doesNotContain("…").doesNotContain("\u001b");
    }

    @Test
    void theJarRunWithoutTheLauncherAsksTheTerminalItsWidth() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString(), "show", "snm-2026", "--lang", "en"));

        Run run = onTerminal(60, Map.of(), command);

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.lines()).allSatisfy(line -> assertThat(columns(line)).as(line).isLessThanOrEqualTo(60));
        assertThat(run.out()).contains("  Theme                E-government in the age of artificial\n");
    }

    private static List<String> launcher(List<String> args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        return command;
    }

    /**
     * Runs a command on a new pseudo-terminal of {@code width} columns, in a new session, whatever the
     * test's own standard streams are (none is a terminal in CI).
     */
    private static Run onTerminal(int width, Map<String, String> environment, List<String> command) throws Exception {
        StringBuilder line = new StringBuilder("stty cols " + width + " rows 40; exec env -u COLUMNS -u LINES");
        environment.forEach((name, value) -> line.append(' ').append(quoted(name + "=" + value)));
        command.forEach(arg -> line.append(' ').append(quoted(arg)));
        Run run = run(List.of("script", "-q", "-e", "-c", line.toString(), "/dev/null"));
        // The terminal ends its lines with CR LF.
        return new Run(run.exitCode(), run.out().replace("\r\n", "\n"));
    }

    private static Run piped(List<String> args) throws Exception {
        return run(launcher(args));
    }

    private static Run run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("DIGITALWEEK_STORE", "file:" + store);
        builder.environment().put("DIGITALWEEK_ARCHIVE", "cds");
        builder.environment().remove("COLUMNS");
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process));
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        return new Run(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String quoted(String arg) {
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * The columns a line takes on a terminal, counted here without the tool's own code: no colours,
     * combining marks none, Han, kana and Hangul two, anything else one.
     */
    private static int columns(String line) {
        return STYLE.matcher(line).replaceAll("").codePoints().map(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return 0;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL ? 2 : 1;
        }).sum();
    }

    /**
     * The enum constants a person might see worded: their names must never show, except PUBLISHED,
     * a word of the English heading PUBLISHED AT.
     */
    private static List<String> enumConstants() {
        List<String> names = new ArrayList<>();
        Stream.of(SessionType.values()).forEach(constant -> names.add(constant.name()));
        Stream.of(ParticipationRole.values()).forEach(constant -> names.add(constant.name()));
        Stream.of(EditionStatus.values()).forEach(constant -> names.add(constant.name()));
        names.remove(EditionStatus.PUBLISHED.name());
        return names;
    }
}
