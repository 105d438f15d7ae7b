package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate of every write: the token first, then read-only, then the media type, then If-Match. */
class WriteGuardTest {

    private static final List<String> WRITES = List.of("/editions?format=json",
            "/editions/snm-2026/sessions/ceremonie-de-lancement/move",
            "/editions/snm-2026/sessions/ceremonie-de-lancement/cancel",
            "/editions/snm-2026/sessions/ceremonie-de-lancement/participants", "/editions/snm-2026/releases");

    private static TestApi server;

    @BeforeAll
    static void start() {
        server = TestApi.inMemory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "Authorization: [{0}]")
    @ValueSource(strings = {"", "Bearer ", "Bearer wrong-token-0123456789", "Basic dGVzdDp0ZXN0",
        "bearer test-token-0123456789abcdeX", "Bearertest-token-0123456789abcdef"})
    void every_write_without_the_right_token_is_401_with_a_challenge_and_never_echoes_the_token(String authorization) {
        String before = Writes.canonical(server);
        for (String path : WRITES) {
            Reply reply = authorization.isEmpty()
                    ? server.client().send("POST", path, Writes.utf8("{}"), "If-Match", "\"1\"", "Content-Type",
                            "application/json")
                    : server.client().send("POST", path, Writes.utf8("{}"), "Authorization", authorization, "If-Match",
                            "\"1\"", "Content-Type", "application/json");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.header("www-authenticate")).isEqualTo("Bearer realm=\"digitalweek\"");
            assertThat(reply.header("content-type")).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/unauthorized");
            assertThat(reply.text()).doesNotContain(TestApi.TOKEN).doesNotContain("wrong-token");
        }
        assertThat(Writes.canonical(server)).isEqualTo(before);
    }

    @Test
    void the_request_log_names_no_token_nor_query() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (TestApi logged = TestApi.over("mem:", TestApi.writable().withRequestLog(lines::add))) {
            Writes.post(logged.client(), WRITES.get(2) + "?lang=fr", Writes.version(logged), null);
            logged.client().send("POST", WRITES.get(2), null, "Authorization", "Bearer guessed-token-0123456789");
        }

        List<String> writes = lines.stream().filter(line -> line.startsWith("POST ")).toList();
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0)).startsWith("POST " + WRITES.get(2) + " 200");
        assertThat(writes.get(1)).startsWith("POST " + WRITES.get(2) + " 401");
        assertThat(String.join("\n", lines)).doesNotContain(TestApi.TOKEN, "guessed-token", "lang=");
    }

    @Test
    void the_token_is_checked_before_the_version_and_the_media_type() {
        Reply reply = server.client().send("POST", WRITES.get(1), Writes.utf8("pas du json"), "Content-Type",
                "text/plain");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void the_refusal_speaks_french_or_english() {
        Reply french = server.client().send("POST", WRITES.get(2), null, "Accept-Language", "fr");
        Reply english = server.client().send("POST", WRITES.get(2) + "?lang=en", null);

        assertThat(french.json().get("detail").asString()).contains("jeton");
        assertThat(french.json().get("title").asString()).isNotEqualTo(english.json().get("title").asString());
        assertThat(english.json().get("detail").asString()).contains("token");
    }

    @Test
    void a_read_only_server_refuses_every_write_with_405_and_says_how_to_write() {
        HttpSettings readOnly = new HttpSettings("127.0.0.1", 0, true, Optional.of(ApiToken.of(TestApi.TOKEN)),
                List.of(), HttpSettings.DEFAULT_MAX_BODY_BYTES, HttpSettings.DEFAULT_IDLE_TIMEOUT, line -> { });
        try (TestApi guarded = TestApi.over("mem:", readOnly)) {
            for (String path : WRITES) {
                Reply english = Writes.post(guarded.client(), path + (path.contains("?") ? "&" : "?") + "lang=en",
                        Writes.version(guarded), "{}");
                Reply french = Writes.post(guarded.client(), path, Writes.version(guarded), "{}",
                        "Accept-Language", "fr-FR");

                assertThat(english.status()).as(english.toString()).isEqualTo(405);
                assertThat(english.header("allow")).isEqualTo("GET, HEAD");
                assertThat(english.json().get("type").asString()).isEqualTo("/problems/read-only");
                assertThat(english.json().get("detail").asString()).contains("read-only", "--read-only", "--token-file");
                assertThat(french.json().get("detail").asString()).contains("lecture seule", "--token-file");
            }
            Reply wrongToken = guarded.client().send("POST", WRITES.get(2), null, "Authorization", "Bearer nope-nope-nope-nope");
            assertThat(wrongToken.status()).as("the token is still checked first").isEqualTo(401);
        }
    }

    @Test
    void a_server_without_a_token_is_read_only() {
        try (TestApi guarded = TestApi.over("mem:", HttpSettings.loopback())) {
            Reply reply = Writes.post(guarded.client(), WRITES.get(2), Writes.version(guarded), null);

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.header("allow")).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void a_json_write_with_another_media_type_is_415() {
        ApiClient client = server.client();
        for (String type : new String[] {"text/plain", "application/xml", "application/jsonx", "multipart/form-data"}) {
            Reply reply = client.send("POST", WRITES.get(1), Writes.utf8(Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", null)),
                    "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", "\"" + Writes.version(server) + "\"",
                    "Content-Type", type);

            assertThat(reply.status()).as(type).isEqualTo(415);
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
        }
        Reply none = client.send("POST", WRITES.get(3), Writes.utf8("{}"), "Authorization", "Bearer " + TestApi.TOKEN);
        assertThat(none.status()).isEqualTo(415);
    }

    @Test
    void a_write_without_if_match_or_with_one_that_names_no_version_is_428() {
        for (String ifMatch : new String[] {null, "*", "W/\"3\"", "3", "\"3\", \"4\"", "\"abc\""}) {
            Reply reply = ifMatch == null
                    ? Writes.post(server.client(), WRITES.get(2), null, null)
                    : server.client().send("POST", WRITES.get(2), null, "Authorization", "Bearer " + TestApi.TOKEN,
                            "If-Match", ifMatch);

            assertThat(reply.status()).as(String.valueOf(ifMatch)).isEqualTo(428);
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/version-required");
        }
    }
}
