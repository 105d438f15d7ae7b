package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static TestApi server;

    @BeforeAll
    static void start() {
        server = TestApi.inMemory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_unknown_address_is_a_problem_in_the_requested_language() {
        Reply french = server.client().get("/nulle-part", "Accept-Language", "fr-ML, en;q=0.5");
        Reply english = server.client().get("/nowhere?lang=en");

        assertThat(french.status()).isEqualTo(404);
        assertThat(french.header("content-type")).startsWith("application/problem+json");
        assertThat(french.json().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(french.json().get("title").asString()).isEqualTo("Introuvable");
        assertThat(french.json().get("detail").asString()).contains("Aucune ressource");
        assertThat(english.json().get("title").asString()).isEqualTo("Not found");
        assertThat(english.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void accept_language_prefers_french_or_english_over_a_language_the_library_does_not_speak() {
        assertThat(Languages.fromHeader("bm, en;q=0.8")).contains("en");
        assertThat(Languages.fromHeader("de;q=0.9, fr-ML")).contains("fr-ML");
        assertThat(Languages.fromHeader("bm")).contains("bm");
        assertThat(Languages.fromHeader("*, en;q=0")).isEmpty();
    }
}
