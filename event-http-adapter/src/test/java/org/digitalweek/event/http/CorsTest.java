package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.api.Test;

/** CORS is off unless origins are listed; then only a listed origin is allowed, never {@code *}. */
class CorsTest {

    private static final String LISTED = "https://programme.gouv.ml";

    @Test
    void without_listed_origins_no_answer_allows_another_origin() {
        try (TestApi server = TestApi.inMemory()) {
            Reply write = Writes.post(server.client(), "/editions/snm-2026/sessions/masterclass-ia/cancel",
                    Writes.version(server), null, "Origin", LISTED);
            Preflight preflight = preflight(server, LISTED);

            assertThat(write.status()).isEqualTo(200);
            assertThat(write.header("access-control-allow-origin")).isNull();
            assertThat(preflight.header("access-control-allow-origin")).isNull();
            assertThat(preflight.header("access-control-allow-methods")).isNull();
        }
    }

    @Test
    void a_listed_origin_is_allowed_and_sees_the_etag_an_unlisted_one_is_not() {
        try (TestApi server = TestApi.over("mem:", TestApi.writable().withCorsOrigins(List.of(LISTED,
                "http://localhost:3000")))) {
            Reply listed = Writes.post(server.client(), "/editions/snm-2026/sessions/masterclass-ia/cancel",
                    Writes.version(server), null, "Origin", LISTED);
            Reply unlisted = server.client().get("/editions", "Origin", "https://evil.example");
            Reply refusal = server.client().send("POST", "/editions/snm-2026/releases", null, "Origin", LISTED);

            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.header("access-control-allow-origin")).isEqualTo(LISTED);
            assertThat(listed.header("access-control-expose-headers")).contains("ETag");
            assertThat(listed.headers().get("vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
            assertThat(unlisted.header("access-control-allow-origin")).isNull();
            assertThat(refusal.status()).isEqualTo(401);
            assertThat(refusal.header("access-control-allow-origin")).as("a browser may read the refusal")
                    .isEqualTo(LISTED);
        }
    }

    @Test
    void a_preflight_from_a_listed_origin_allows_the_write_headers() {
        try (TestApi server = TestApi.over("mem:", TestApi.writable().withCorsOrigins(List.of(LISTED)))) {
            Preflight listed = preflight(server, LISTED);
            Preflight unlisted = preflight(server, "https://evil.example");

            assertThat(listed.status()).isEqualTo(204);
            assertThat(listed.header("access-control-allow-origin")).isEqualTo(LISTED);
            assertThat(listed.header("access-control-allow-methods")).contains("POST");
            assertThat(listed.header("access-control-allow-headers")).contains("If-Match", "Authorization",
                    "Content-Type");
            assertThat(unlisted.header("access-control-allow-origin")).isNull();
            assertThat(unlisted.header("access-control-allow-headers")).isNull();
            assertThat(Writes.version(server)).as("a preflight changes nothing").isEqualTo(1);
        }
    }

    /**
     * A browser's preflight, sent with a plain JDK client: the API's documented routes do not list
     * {@code OPTIONS}, which only CORS answers.
     */
    private static Preflight preflight(TestApi server, String origin) {
        HttpRequest request = HttpRequest.newBuilder(server.client().base()
                        .resolve("editions/snm-2026/sessions/masterclass-ia/move"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match").build();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
            return new Preflight(response.statusCode(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A preflight's answer. */
    private record Preflight(int status, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
