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

    @Test
    void a_method_an_address_does_not_have_is_405_with_the_methods_it_has() {
        Reply reply = server.client().send("DELETE", "/editions/" + TestApi.SAMPLE + "?lang=en", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/method-not-allowed");
        assertThat(reply.header("Allow")).contains("GET").doesNotContain("DELETE", "[");
    }

    @Test
    void one_release_is_where_a_publication_leads() {
        var publication = server.library().publication();
        long version = server.library().programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL)
                .get(0).version();
        var release = publication.publish(new org.digitalweek.event.domain.port.in.PublishEditionCommand(
                TestApi.SAMPLE, version, "v-test"));

        Reply byLabel = server.client().get("/editions/" + TestApi.SAMPLE + "/releases/v-test");
        Reply byNumber = server.client().get("/editions/" + TestApi.SAMPLE + "/releases/" + release.number());
        Reply unknown = server.client().get("/editions/" + TestApi.SAMPLE + "/releases/v-none?lang=en");

        assertThat(byLabel.status()).as(byLabel.toString()).isEqualTo(200);
        assertThat(byLabel.json().get("release").get("label").asString()).isEqualTo("v-test");
        assertThat(byNumber.json().get("release").get("number").asInt()).isEqualTo(release.number());
        assertThat(unknown.status()).isEqualTo(404);
    }
}
