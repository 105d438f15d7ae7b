package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.cli.IndependentChecks;
import org.digitalweek.event.cli.command.CommandRun.Ran;
import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.text.Terminal;

/**
 * {@code --json} on {@code editions}, {@code programme}, {@code check}, {@code releases} and
 * {@code stats}: one document on standard output that parses, that an independent validator (Debian's
 * {@code python3-jsonschema}) finds valid against its published schema, that carries the sample
 * edition's facts, that no terminal width shortens, and that names no Java class or constant.
 */
class JsonOutputTest extends CommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCHEMAS = Path.of("..", "docs", "schema", "cli");
    /** A Java constant's name, e.g. {@code OPENING_CEREMONY}, or a record's or Optional's printed form. */
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(Optional|[A-Z][a-z]+Id)\\[|org\\.digitalweek|\\bjava\\.");

    /** Every command with {@code --json}, over the sample with one release and one error. */
    private static final List<List<String>> COMMANDS = List.of(List.of("editions"),
            List.of("programme", "snm-2026"), List.of("programme", "snm-2026", "--day", "2026-01-31"),
            List.of("check", "snm-2026"), List.of("releases", "snm-2026"), List.of("stats", "snm"));

    /** Publishes the sample, then adds a session in the opening ceremony's room at the same time: an ERROR. */
    private void publishThenDoubleBook() {
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();
        assertThat(run("session", "add", "snm-2026", "--id", "doublon", "--type", "workshop", "--title", "Doublon",
                "--start", "2026-01-29T10:00", "--end", "2026-01-29T12:00", "--room", "salle-des-banquets").code())
                .isZero();
    }

    private Ran json(List<String> command, String language) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--json", "--lang", language));
        return run(args.toArray(String[]::new));
    }

    private static JsonNode parse(Ran ran) {
        return JSON.readTree(ran.out());
    }

    @Test
    void everyDocumentIsValidAgainstItsSchemaForAnIndependentValidator() throws IOException {
        IndependentChecks.requirePython("jsonschema", "python3-jsonschema");
        publishThenDoubleBook();
        List<String> args = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            for (List<String> command : COMMANDS) {
                Ran ran = json(command, language);
                Path document = home.resolve(command.get(0) + "-" + args.size() + ".json");
                Files.writeString(document, ran.out(), StandardCharsets.UTF_8);
                args.add(SCHEMAS.resolve(command.get(0) + ".schema.json").toAbsolutePath().toString());
                args.add(document.toString());
            }
        }

        String report = python("""
                import json, sys, jsonschema
                V = jsonschema.Draft202012Validator
                args = sys.argv[1:]
                for schema_path, document_path in zip(args[0::2], args[1::2]):
                    schema = json.load(open(schema_path, encoding='utf-8'))
                    V.check_schema(schema)
                    document = json.load(open(document_path, encoding='utf-8'))
                    for e in V(schema, format_checker=V.FORMAT_CHECKER).iter_errors(document):
                        print(document_path, e.json_path, e.message)
                print('checked', len(args) // 2)
                """, args);

        assertThat(report).isEqualTo("checked 12\n");
    }

    @Test
    void theProgrammeCarriesTheSampleIdsTitlesTimesAndNames() {
        JsonNode doc = parse(run("programme", "snm-2026", "--json"));

        assertThat(doc.get("digitalweekCli").asInt()).isEqualTo(1);
        assertThat(doc.get("language").asString()).isEqualTo("fr");
        assertThat(doc.get("edition").asString()).isEqualTo("snm-2026");
        assertThat(doc.get("zone").asString()).isEqualTo("Africa/Bamako");
        assertThat(ids(doc.get("sessions"))).containsExactly("ceremonie-de-lancement",
                "exposition-savoir-faire-local", "panel-gouvernance-numerique", "masterclass-ia",
                "formation-intensive-ia");
        JsonNode opening = doc.get("sessions").get(0);
        assertThat(opening.get("type").asString()).isEqualTo("opening-ceremony");
        assertThat(opening.get("typeName").asString()).isEqualTo("cérémonie d'ouverture");
        assertThat(opening.get("title").get("fr").asString())
                .isEqualTo("Cérémonie de lancement officiel de la 3ème édition");
        assertThat(opening.get("slot").get("start").asString()).isEqualTo("2026-01-29T09:00:00Z");
        assertThat(opening.get("slot").get("end").asString()).isEqualTo("2026-01-29T11:00:00Z");
        assertThat(opening.get("room").asString()).isEqualTo("salle-des-banquets");
        assertThat(opening.get("roomName").get("fr").asString()).isEqualTo("Salle des banquets");
        assertThat(opening.get("participants").get(2).get("official").asString()).isEqualTo("alhamdou-ag-ilyene");
        assertThat(opening.get("participants").get(2).get("name").asString()).isEqualTo("M. Alhamdou Ag Ilyène");
        assertThat(opening.get("participants").get(2).get("role").asString()).isEqualTo("presides");
        JsonNode exhibition = doc.get("sessions").get(1);
        assertThat(exhibition.get("slot").get("end").asString()).isEqualTo("2026-02-04T18:00:00Z");
    }

    @Test
    void theFiltersOfTheTableApplyToTheDocument() {
        JsonNode doc = parse(run("programme", "snm-2026", "--json", "--day", "2026-01-31"));
        assertThat(ids(doc.get("sessions"))).containsExactly("exposition-savoir-faire-local", "masterclass-ia");
        assertThat(doc.get("filters").get("day").asString()).isEqualTo("2026-01-31");

        JsonNode byRoom = parse(run("programme", "snm-2026", "--json", "--room", "salle-de-formation",
                "--track", "intelligence-artificielle"));
        assertThat(ids(byRoom.get("sessions"))).containsExactly("masterclass-ia", "formation-intensive-ia");

        JsonNode byPerson = parse(run("programme", "snm-2026", "--json", "--person", "aminata-zerbo-sabane"));
        assertThat(ids(byPerson.get("sessions"))).containsExactly("ceremonie-de-lancement");
        assertThat(byPerson.get("filters").propertyNames()).containsExactly("person");
    }

    @Test
    void checkWritesItsFindingsAndStillExitsOneOnAnError() {
        Ran clean = run("check", "snm-2026", "--json");
        assertThat(clean.code()).isZero();
        assertThat(parse(clean).get("publishable").asBoolean()).isTrue();

        publishThenDoubleBook();
        Ran check = run("check", "snm-2026", "--json", "--lang", "en");

        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).isEmpty();
        JsonNode doc = parse(check);
        assertThat(doc.get("errors").asInt()).isEqualTo(1);
        assertThat(doc.get("publishable").asBoolean()).isFalse();
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("room-double-booked");
        assertThat(finding.get("ruleName").asString()).isEqualTo("room booked twice");
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("message").asString()).startsWith("Room \"Banquet hall\" (salle-des-banquets)");
        assertThat(strings(finding.get("sessions"))).containsExactly("ceremonie-de-lancement", "doublon");
        assertThat(strings(finding.get("rooms"))).containsExactly("salle-des-banquets");
        assertThat(finding.get("times").get(1).get("start").asString()).isEqualTo("2026-01-29T10:00:00Z");
    }

    @Test
    void editionsReleasesAndStatsCarryTheSampleFacts() {
        JsonNode editions = parse(run("editions", "--json", "--lang", "en"));
        JsonNode sample = editions.get("editions").get(0);
        assertThat(sample.get("id").asString()).isEqualTo("snm-2026");
        assertThat(sample.get("title").get("en").asString()).isEqualTo("Mali Digital Week, 3rd edition");
        assertThat(sample.get("start").asString()).isEqualTo("2026-01-29");
        assertThat(sample.get("hostCountry").asString()).isEqualTo("ML");
        assertThat(sample.get("status").asString()).isEqualTo("draft");
        assertThat(sample.get("statusName").asString()).isEqualTo("draft");
        assertThat(sample.get("sessionCount").asInt()).isEqualTo(5);

        assertThat(parse(run("releases", "snm-2026", "--json")).get("releases")).isEmpty();
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();
        JsonNode release = parse(run("releases", "snm-2026", "--json")).get("releases").get(0);
        assertThat(release.get("number").asInt()).isEqualTo(1);
        assertThat(release.get("label").asString()).isEqualTo("1.0");
        assertThat(release.get("publishedAt").asString()).isEqualTo("2026-01-20T10:15:00Z");
        assertThat(release.get("sessionCount").asInt()).isEqualTo(5);

        JsonNode stats = parse(run("stats", "snm", "--json"));
        assertThat(stats.get("editions").get(0).get("edition").asString()).isEqualTo("snm-2026");
        assertThat(stats.get("total").get("sessions").asInt()).isEqualTo(5);
        assertThat(stats.get("total").get("sessionsByType").get("opening-ceremony").asInt()).isEqualTo(1);
        assertThat(stats.get("typeNames").get("training").asString()).isEqualTo("formation");
    }

    @Test
    void anEmptyStoreIsAnEmptyListAndAMistakeIsNoDocument() {
        Ran empty = run("--store", "mem:", "editions", "--json");
        assertThat(empty.code()).isZero();
        assertThat(parse(empty).get("editions")).isEmpty();

        Ran unknown = run("stats", "nope", "--json");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("nope");
    }

    @Test
    void aNarrowColourTerminalChangesNoByteOfTheDocument() {
        publishThenDoubleBook();
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.add("--json");
            String[] line = args.toArray(String[]::new);

            String piped = onTerminal(Terminal.PLAIN, line);
            String narrow = onTerminal(new Terminal(true, 60), line);

            assertThat(narrow).as(String.join(" ", line)).isEqualTo(piped).doesNotContain("\u001b", "…");
        }
    }

    @Test
    void noDocumentNamesAJavaClassOrConstant() {
        publishThenDoubleBook();
        for (String language : List.of("fr", "en")) {
            for (List<String> command : COMMANDS) {
                Ran ran = json(command, language);
                assertThat(ran.out()).as(command + " " + language).isNotBlank().doesNotContainPattern(JAVA_NAMES);
                assertThat(ran.err()).isEmpty();
            }
        }
    }

    /** The runner of {@link CommandTests} speaks to a pipe; this one to a terminal of the given kind. */
    private String onTerminal(Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, DefaultStore.implicit("file:" + home.resolve("store")),
                CommandRun.CLOCK);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode sessions) {
        return StreamSupport.stream(sessions.spliterator(), false).map(s -> s.get("id").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    /** Runs Debian's Python on a script with arguments; its standard output, standard error joined. */
    static String python(String script, List<String> args) throws IOException {
        List<String> line = new ArrayList<>(List.of(IndependentChecks.PYTHON.toString(), "-c", script));
        line.addAll(args);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
