package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.digitalweek.event.domain.fixtures.NaughtyStrings;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.Mutations;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 19, hostile input: each naughty string of issue 9 as a path segment, a query parameter, a
 * header and a body member of every route, reads and writes, and fuzzed documents of every import
 * format, on both stores. Every answer is a 4xx problem, never a 5xx nor a stack trace, and nothing
 * stored changes: the editions, their versions and the sample's canonical export are as before.
 * The writes carry the token; a write whose body could be valid names a stale version, so that
 * the whole body is read and checked before the refusal, and the current version only where the
 * naughty string is an id that no edition holds. {@code digitalweek.http.fuzz.documents} sets
 * the fuzzed documents per format (100 by default).
 */
class HostileRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SENDERS = 4;
    private static final String STALE = "\"999999\"";
    private static final String SESSION = "/editions/snm-2026/sessions/" + Writes.CEREMONY;
    private static final List<String> READS = List.of("/editions", "/editions/snm-2026", "/editions/snm-2026/sessions",
            SESSION, "/editions/snm-2026/officials/mamou-daffe", "/editions/snm-2026/findings",
            "/editions/snm-2026/releases", "/editions/snm-2026/diff", "/editions/snm-2026/export/ics",
            "/editions/snm-2026/calendar.ics", "/editions/snm-2026/changes.atom", "/formats", "/openapi.json", "/");
    private static final List<String> PARAMETERS = List.of("lang", "day", "room", "track", "person", "from", "to",
            "format", "mode");
    private static final List<String> HEADERS = List.of("Accept-Language", "Accept", "If-None-Match", "If-Match",
            "Origin", "Content-Type", "Authorization");

    static Stream<String> stores() {
        return Stream.of("memory", "postgres");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void naughty_strings_anywhere_in_a_request_get_only_4xx_problems_and_change_nothing(String store) {
        List<String> naughty = NaughtyStrings.all();
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            Snapshot before = Snapshot.of(server);
            String current = "\"" + Writes.version(server) + "\"";
            List<Answers> parts = inParallel(naughty, text -> send(server, current, text));
            Answers answers = Answers.merged(parts);
            System.out.printf("%s: %d naughty strings, %d requests, %d headers the client would not send%n", store,
                    naughty.size(), answers.sent(), answers.unsendable());
            assertThat(answers.broken()).as("answers that are not a 4xx problem (or a read that succeeds)").isEmpty();
            assertThat(Snapshot.of(server)).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void fuzzed_documents_of_every_import_format_are_refused_with_4xx_and_change_nothing(String store) {
        int documents = Integer.getInteger("digitalweek.http.fuzz.documents", 100);
        List<String> naughty = NaughtyStrings.all();
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            Snapshot before = Snapshot.of(server);
            List<String> broken = new ArrayList<>();
            int created = 0;
            int refused = 0;
            for (String format : List.of("json", "frab-xml", "frab-json", "schedule2", "ics")) {
                byte[] valid = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, format, "fr")).bytes();
                Mutations mutations = new Mutations(valid, naughty, format.hashCode());
                for (int i = 0; i < documents; i++) {
                    byte[] document = mutations.next();
                    Reply reply = server.client().send("POST", "/editions?mode=replace&format=" + format, document,
                            "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", STALE);
                    if (reply.status() == 201) {
                        // The mutation changed the edition's id into another valid one: a new edition, not a change.
                        created++;
                        continue;
                    }
                    refused++;
                    if (!isProblem(reply, 400, 499)) {
                        broken.add(format + " #" + i + ": " + reply);
                    }
                }
            }
            System.out.printf("%s: %d fuzzed documents refused, %d imported under a new id%n", store, refused, created);
            assertThat(broken).isEmpty();
            assertThat(refused).isPositive();
            assertThat(Snapshot.of(server).sample()).as("the sample is as it was").isEqualTo(before.sample());
            assertThat(Snapshot.of(server).editions()).hasSize(before.editions().size() + created);
        }
    }

    /** Sends one naughty string everywhere a request can hold it. */
    private static Answers send(TestApi server, String current, String text) {
        Answers answers = new Answers();
        ApiClient client = server.client();
        String segment = encode(text);
        // "." and ".." are not segments a server sees: every client removes them from a path before sending it.
        boolean dotSegment = text.equals(".") || text.equals("..");
        for (String read : dotSegment ? List.<String>of() : List.of("/editions/%s", "/editions/%s/sessions/x", "/editions/snm-2026/sessions/%s",
                "/editions/snm-2026/officials/%s", "/editions/snm-2026/export/%s",
                "/editions/snm-2026/diff?from=%s", "/problems/%s")) {
            answers.read(client.get(read.formatted(segment)));
        }
        if (!dotSegment) {
            answers.write(write(client, "/editions/%s/sessions/x/move".formatted(segment), current,
                    Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", null)));
            answers.write(write(client, "/editions/snm-2026/sessions/%s/cancel".formatted(segment), current, null));
        }
        answers.write(write(client, "/editions/snm-2026/releases?lang=" + segment, STALE, null));
        for (String parameter : PARAMETERS) {
            answers.read(client.get("/editions/snm-2026/sessions?" + parameter + "=" + segment));
            answers.write(write(client, "/editions?" + parameter + "=" + segment, STALE, null));
        }
        for (String header : HEADERS) {
            answers.header(client, READS.get(Math.floorMod(text.hashCode() + header.hashCode(), READS.size())), header,
                    text);
            answers.header(client, SESSION + "/move", header, text);
        }
        String member = JSON.writeValueAsString(text);
        answers.write(write(client, SESSION + "/move", STALE, "{\"start\":" + member + ",\"end\":" + member + "}"));
        answers.write(write(client, SESSION + "/move", current,
                "{\"start\":\"2026-01-29T09:00\",\"end\":\"2026-01-29T10:00\",\"room\":" + member + "}"));
        answers.write(write(client, SESSION + "/participants", current,
                "{\"official\":" + member + ",\"role\":\"SPEAKER\"}"));
        answers.write(write(client, SESSION + "/participants", STALE,
                "{\"official\":\"mamou-daffe\",\"role\":" + member + ",\"onBehalfOf\":{\"authority\":{\"fr\":"
                        + member + "},\"precedence\":1}}"));
        answers.write(write(client, "/editions/snm-2026/releases", STALE, "{\"label\":" + member + "}"));
        answers.write(write(client, SESSION + "/move", current, "{" + member + ":1}"));
        answers.write(write(client, SESSION + "/move", current, text));
        answers.write(client.send("POST", "/editions?format=json&mode=replace", Writes.utf8(text), "Authorization",
                "Bearer " + TestApi.TOKEN, "If-Match", STALE));
        answers.write(client.send("POST", "/editions?format=ics", Writes.utf8(text), "Authorization",
                "Bearer " + TestApi.TOKEN));
        return answers;
    }

    /** Sends the strings from {@value #SENDERS} clients at once, for speed; each string's answers are checked alike. */
    private static List<Answers> inParallel(List<String> strings, java.util.function.Function<String, Answers> send) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
        try {
            List<java.util.concurrent.Future<Answers>> futures = strings.stream()
                    .map(text -> pool.submit(() -> send.apply(text))).toList();
            List<Answers> answers = new ArrayList<>();
            for (java.util.concurrent.Future<Answers> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Reply write(ApiClient client, String path, String ifMatch, String json) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + TestApi.TOKEN, "If-Match", ifMatch));
        if (json != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        return client.send("POST", path, json == null ? null : Writes.utf8(json), headers.toArray(String[]::new));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean isProblem(Reply reply, int lowest, int highest) {
        String type = reply.header("content-type");
        if (reply.status() < lowest || reply.status() > highest || type == null
                || !type.startsWith("application/problem+json")) {
            return false;
        }
        ObjectNode problem = (ObjectNode) reply.json();
        return problem.get("status").asInt() == reply.status() && problem.get("type").asString().startsWith("/problems/")
                && !reply.text().contains("Exception") && !reply.text().contains("\tat ");
    }

    /** The answers to the hostile requests, and those that broke a promise. */
    private static final class Answers {

        private final List<String> broken = new ArrayList<>();
        private int sent;
        private int unsendable;

        /** A read may succeed (the string may be a valid filter); it must never fail on the server's side. */
        void read(Reply reply) {
            sent++;
            boolean fine = reply.status() == 200 || reply.status() == 304 || isProblem(reply, 400, 499);
            if (!fine) {
                broken.add(reply.toString());
            }
        }

        void write(Reply reply) {
            sent++;
            if (!isProblem(reply, 400, 499)) {
                broken.add(reply.toString());
            }
        }

        void header(ApiClient client, String path, String name, String value) {
            boolean write = path.endsWith("/move");
            List<String> headers = new ArrayList<>(List.of(name, value));
            if (write && !name.equals("Authorization")) {
                headers.addAll(List.of("Authorization", "Bearer " + TestApi.TOKEN));
            }
            if (write && !name.equals("If-Match")) {
                headers.addAll(List.of("If-Match", STALE));
            }
            if (write && !name.equals("Content-Type")) {
                headers.addAll(List.of("Content-Type", "application/json"));
            }
            Reply reply;
            try {
                reply = client.send(write ? "POST" : "GET", path,
                        write ? Writes.utf8(Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", null)) : null,
                        headers.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                unsendable++;
                return;
            }
            if (write) {
                write(reply);
            } else {
                read(reply);
            }
        }

        static Answers merged(List<Answers> parts) {
            Answers all = new Answers();
            for (Answers part : parts) {
                all.broken.addAll(part.broken);
                all.sent += part.sent;
                all.unsendable += part.unsendable;
            }
            return all;
        }

        int sent() {
            return sent;
        }

        int unsendable() {
            return unsendable;
        }

        List<String> broken() {
            return broken;
        }
    }

    /**
     * What is stored: every edition with its version, and the sample's canonical export.
     *
     * @param editions the editions' ids and versions
     * @param sample   the sample's canonical JSON
     */
    private record Snapshot(List<String> editions, String sample) {

        static Snapshot of(TestApi server) {
            return new Snapshot(server.library().programme().editions(EditionQuery.ALL).stream()
                    .map(e -> e.id().value() + "@" + e.version()).toList(), Writes.canonical(server));
        }
    }
}
