package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code /problems/<slug>} pages that every problem's {@code type} names: one per kind, in
 * French or English as the request asks, with the kind's title, what it means and what to do.
 */
class ProblemPagesTest {

    private static TestApi server;
    private static ApiClient client;

    @BeforeAll
    static void serve() {
        server = TestApi.inMemory();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyKindOfProblemHasAPageInFrenchAndInEnglish() {
        List<String> kinds = new ArrayList<>();
        ProblemTitles.slugs().forEach(kinds::add);

        assertThat(kinds).hasSize(14);
        assertThat(ProblemPages.coversEveryKind()).isTrue();
        for (String kind : kinds) {
            Reply french = client.get("/problems/" + kind + "?lang=fr");
            Reply english = client.get("/problems/" + kind, "Accept-Language", "en-GB, fr;q=0.5");

            assertThat(french.status()).as(kind).isEqualTo(200);
            assertThat(french.header("Content-Type")).startsWith("text/html");
            assertThat(french.header("Vary")).contains("Accept-Language");
            assertThat(french.text()).contains("<html lang=\"fr\">", "<title>" + escaped(ProblemTitles.title(kind, "fr")),
                    "Ce que cela signifie", "Que faire");
            assertThat(english.status()).as(kind).isEqualTo(200);
            assertThat(english.text()).contains("<html lang=\"en\">", "<title>" + escaped(ProblemTitles.title(kind, "en")),
                    "What it means", "What to do");
            assertThat(english.text()).isNotEqualTo(french.text());
        }
    }

    @Test
    void theTypeOfAProblemTheServerAnswersIsAPageOfIt() {
        Reply problem = client.get("/no/such/resource", "Accept-Language", "en");
        String type = problem.json().get("type").asString();

        Reply page = client.get(type + "?lang=en");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(type).isEqualTo("/problems/not-found");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>" + problem.json().get("title").asString() + "</h1>");
    }

    @Test
    void anUnknownKindIsANotFoundProblemThatEchoesNothing() {
        Reply unknown = client.get("/problems/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Accept-Language", "fr");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(unknown.json().get("detail").asString()).contains("GET /openapi.json");
        assertThat(unknown.text()).doesNotContain("script", "alert");
    }

    @Test
    void aPageWithoutALanguageAskedIsInTheDomainsDefaultFrench() {
        Reply page = client.get("/problems/version-conflict");

        assertThat(page.text()).contains("<html lang=\"fr\">", "Version dépassée", "If-Match");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
