package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The body limit (413, with or without a declared length) and the idle timeout of slow clients. */
class LimitsTest {

    private static final int LIMIT = 4096;

    private static TestApi server;

    @BeforeAll
    static void start() {
        server = TestApi.over("mem:", new HttpSettings("127.0.0.1", 0, false, Optional.of(ApiToken.of(TestApi.TOKEN)),
                List.of(), LIMIT, Duration.ofMillis(500), line -> { }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_declared_body_over_the_limit_is_413_on_every_write() {
        String before = Writes.canonical(server);
        String padded = "{\"start\":\"2026-01-29T09:00\",\"end\":\"2026-01-29T10:00\",\"room\":\"" + "x".repeat(LIMIT) + "\"}";

        Reply move = Writes.move(server.client(), Writes.CEREMONY, Writes.version(server), padded);
        Reply imported = server.client().send("POST", "/editions?format=json&lang=fr", Writes.utf8(WriteRoutesImportTest
                .nextEdition()), "Authorization", "Bearer " + TestApi.TOKEN);

        assertThat(move.status()).as(move.toString()).isEqualTo(413);
        assertThat(move.json().get("type").asString()).isEqualTo("/problems/too-large");
        assertThat(imported.status()).isEqualTo(413);
        assertThat(imported.json().get("detail").asString()).contains("limite", "4096");
        assertThat(Writes.canonical(server)).isEqualTo(before);
    }

    @Test
    void a_chunked_body_with_no_length_is_stopped_at_the_limit() throws Exception {
        String before = Writes.canonical(server);
        byte[] document = Writes.utf8(WriteRoutesImportTest.nextEdition());
        assertThat(document.length).isGreaterThan(LIMIT);

        HttpResponse<byte[]> imported = chunked("/editions?format=json", document, "application/json");
        HttpResponse<byte[]> move = chunked("/editions/snm-2026/sessions/" + Writes.CEREMONY + "/move",
                Writes.utf8("{\"start\":\"2026-01-29T09:00\",\"end\":\"2026-01-29T10:00\",\"room\":\""
                        + "x".repeat(2 * LIMIT) + "\"}"), "application/json");

        assertThat(imported.statusCode()).isEqualTo(413);
        assertThat(imported.headers().firstValue("content-type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JsonMapper.builder().build().readTree(imported.body()).get("type").asString())
                .isEqualTo("/problems/too-large");
        assertThat(move.statusCode()).isEqualTo(413);
        assertThat(server.library().programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL))
                .hasSize(1);
        assertThat(Writes.canonical(server)).isEqualTo(before);
    }

    @Test
    void a_body_just_under_the_limit_is_read() {
        String room = "x".repeat(LIMIT - 200);
        Reply move = Writes.move(server.client(), Writes.CEREMONY, Writes.version(server),
                "{\"start\":\"2026-01-29T09:00\",\"end\":\"2026-01-29T10:00\",\"room\":\"" + room + "\"}");

        assertThat(move.status()).as("read, then refused by the domain for the room, not for its size").isEqualTo(400);
    }

    @Test
    void a_client_still_sending_a_body_over_the_limit_reads_the_413_and_keeps_its_connection() throws Exception {
        URI base = server.client().base();
        byte[] body = ("{\"room\":\"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.US_ASCII);
        String head = "POST /editions/snm-2026/sessions/" + Writes.CEREMONY + "/move HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + TestApi.TOKEN + "\r\nIf-Match: \"" + Writes.version(server) + "\"\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(300); // a server that answers at once has answered, and closed, by now
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();

            assertThat(RawReplies.read(in)).startsWith("HTTP/1.1 413");
            out.write("GET /editions HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(RawReplies.read(in)).as("the same connection serves the next request").startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void a_client_that_stops_sending_is_disconnected() throws IOException {
        String before = Writes.canonical(server);
        URI base = server.client().base();
        for (String request : List.of(
                "POST /editions/snm-2026/sessions/" + Writes.CEREMONY + "/move HTTP/1.1\r\nHost: x\r\n",
                "POST /editions/snm-2026/sessions/" + Writes.CEREMONY + "/move HTTP/1.1\r\nHost: x\r\nAuthorization: "
                        + "Bearer " + TestApi.TOKEN + "\r\nIf-Match: \"" + Writes.version(server) + "\"\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 100\r\n\r\n{\"start\":")) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream answered = new ByteArrayOutputStream();
                in.transferTo(answered);
                String answer = answered.toString(StandardCharsets.UTF_8);
                assertThat(answer).as("the server closed the silent connection, answering no success")
                        .doesNotStartWith("HTTP/1.1 2");
            }
        }
        assertThat(Writes.canonical(server)).isEqualTo(before);
    }

    @Test
    void the_connector_waits_no_longer_than_the_idle_timeout_set() {
        HttpSettings settings = TestApi.writable().withPort(0);
        var connector = Connectors.listening(new org.eclipse.jetty.server.Server(),
                new org.eclipse.jetty.server.HttpConfiguration(), new HttpSettings(settings.bind(), 0, false,
                        settings.token(), List.of(), LIMIT, Duration.ofMillis(1234), line -> { }));

        assertThat(connector.getIdleTimeout()).isEqualTo(1234);
        assertThat(connector.getHost()).isEqualTo("127.0.0.1");
    }

    private static HttpResponse<byte[]> chunked(String path, byte[] body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.client().base().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestApi.TOKEN).header("Content-Type", type)
                .header("If-Match", "\"" + Writes.version(server) + "\"")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
