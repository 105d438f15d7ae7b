package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the read routes serve, checked by validators that are not this project's: Debian's Python
 * with {@code jsonschema} (the edition against {@code docs/schema/edition.schema.json}) and
 * {@code icalendar} (the calendar negotiated on the edition). Skipped with the reason when they are
 * missing, except in CI ({@code CI=true}), where it fails.
 */
class ReadRoutesIndependentTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCHEMA = Path.of("..", "docs", "schema", "edition.schema.json");
    private static final String EDITION = "/editions/" + TestApi.SAMPLE;

    private static TestApi server;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        server = TestApi.inMemory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_edition_without_its_version_is_valid_against_the_published_schema() throws IOException {
        requirePython("jsonschema");
        ObjectNode body = (ObjectNode) server.client().get(EDITION).json();
        assertThat(body.remove("version")).isNotNull();
        Path document = folder.resolve("edition.json");
        Files.write(document, JsonMapper.builder().build().writeValueAsBytes(body));

        String output = python("""
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1], encoding='utf-8'))
                document = json.load(open(sys.argv[2], encoding='utf-8'))
                validator = jsonschema.Draft202012Validator(schema)
                errors = [e.json_path + ': ' + e.message for e in validator.iter_errors(document)]
                print('\\n'.join(errors) if errors else 'valid')
                """, SCHEMA.toAbsolutePath().toString(), document.toString());

        assertThat(output.strip()).isEqualTo("valid");
    }

    @Test
    void the_calendar_negotiated_on_the_edition_is_read_by_python_icalendar() throws IOException {
        requirePython("icalendar");
        Reply reply = server.client().get(EDITION, "Accept", "text/calendar", "Accept-Language", "en");
        assertThat(reply.status()).isEqualTo(200);
        Path calendar = folder.resolve("edition.ics");
        Files.write(calendar, reply.body());

        String output = python("""
                import sys, icalendar
                calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                events = calendar.walk('VEVENT')
                print(len(events), len({str(e.get('UID')) for e in events}))
                """, calendar.toString());

        assertThat(output.strip()).isEqualTo("5 5");
    }

    private static void requirePython(String module) {
        boolean present = Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import " + module) != null;
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true, but /usr/bin/python3 cannot import " + module).isTrue();
        }
        assumeTrue(present, "skipped: /usr/bin/python3 cannot import " + module + " (apt-get install python3-"
                + module + ")");
    }

    private static String python(String script, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = PYTHON.toString();
        command[1] = "-c";
        command[2] = script;
        System.arraycopy(args, 0, command, 3, args.length);
        String output = run(command);
        assertThat(output).as("python failed").isNotNull();
        return output;
    }

    /** @return the process's output, or null when it failed */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            return ended && process.exitValue() == 0 ? new String(output, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
