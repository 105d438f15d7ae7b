package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Every refusal of the writes (400, 401, 404, 409, 412, 413, 415, 428) is an RFC 9457 problem in
 * French and in English, on both stores, and leaves the store as it was.
 */
class WriteRoutesProblemsTest {

    private static final String MOVE = "/editions/snm-2026/sessions/" + Writes.CEREMONY + "/move";
    private static final String SLOT = Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", null);

    /** A request that is refused, given the server's current version and the language's query. */
    private record Refused(String name, int status, String slug, BiFunction<TestApi, String, Reply> send) {
        @Override
        public String toString() {
            return status + " " + name;
        }
    }

    private static final List<Refused> REFUSALS = List.of(
            new Refused("bad body", 400, "invalid-input",
                    (s, lang) -> Writes.post(s.client(), MOVE + lang, Writes.version(s), "{\"start\":\"hier\"}")),
            new Refused("no token", 401, "unauthorized", (s, lang) -> s.client().send("POST", MOVE + lang, null)),
            new Refused("unknown session", 404, "not-found", (s, lang) -> Writes.post(s.client(),
                    "/editions/snm-2026/sessions/inconnue/move" + lang, Writes.version(s), SLOT)),
            new Refused("id taken", 409, "forbidden-change", (s, lang) -> s.client().send("POST",
                    "/editions" + lang + "&format=json", Writes.utf8(WriteRoutesImportTest.sample()), "Authorization",
                    "Bearer " + TestApi.TOKEN)),
            new Refused("stale version", 412, "version-conflict",
                    (s, lang) -> Writes.post(s.client(), MOVE + lang, Writes.version(s) + 3, SLOT)),
            new Refused("too large", 413, "too-large", (s, lang) -> Writes.post(s.client(),
                    "/editions/snm-2026/sessions/" + Writes.CEREMONY + "/participants" + lang, Writes.version(s),
                    "{\"official\":\"" + "x".repeat(20_000) + "\"}")),
            new Refused("media type", 415, "unsupported-media-type", (s, lang) -> s.client().send("POST", MOVE + lang,
                    Writes.utf8(SLOT), "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", "\"1\"",
                    "Content-Type", "text/plain")),
            new Refused("no If-Match", 428, "version-required",
                    (s, lang) -> Writes.post(s.client(), MOVE + lang, null, SLOT)));

    static Stream<Arguments> refusals() {
        return Stream.of("memory", "postgres").flatMap(store -> REFUSALS.stream().map(r -> Arguments.of(store, r)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void each_refusal_is_a_problem_in_french_and_in_english_and_changes_nothing(String store, Refused refused) {
        HttpSettings small = TestApi.writable().withMaxBodyBytes(16_384); // the sample (12 KB) fits
        try (TestApi server = store.equals("memory") ? TestApi.over("mem:", small)
                : TestApi.over(org.digitalweek.event.http.support.TestPostgres.freshStoreUri(), small)) {
            String before = Writes.canonical(server);

            Reply french = refused.send().apply(server, "?lang=fr");
            Reply english = refused.send().apply(server, "?lang=en");

            for (Reply reply : List.of(french, english)) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(refused.status());
                assertThat(reply.header("content-type")).startsWith("application/problem+json");
                JsonNode problem = reply.json();
                assertThat(problem.get("type").asString()).isEqualTo("/problems/" + refused.slug());
                assertThat(problem.get("status").asInt()).isEqualTo(refused.status());
                assertThat(problem.get("detail").asString()).isNotBlank();
            }
            assertThat(french.json().get("title").asString()).isEqualTo(ProblemTitles.title(refused.slug(), "fr"));
            assertThat(english.json().get("title").asString()).isEqualTo(ProblemTitles.title(refused.slug(), "en"));
            assertThat(french.json().get("detail").asString()).isNotEqualTo(english.json().get("detail").asString());
            assertThat(Writes.canonical(server)).isEqualTo(before);
        }
    }
}
