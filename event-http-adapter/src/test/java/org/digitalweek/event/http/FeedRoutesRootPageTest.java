package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /}: the HTML page that lists the editions, in the request's language, with every text
 * escaped (one edition's titles look like markup) and a tag that changes with the editions. On the
 * in-memory store and on PostgreSQL.
 */
class FeedRoutesRootPageTest {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    static List<String> links(String html) {
        Matcher matcher = HREF.matcher(html);
        List<String> links = new java.util.ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /** What every store must do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private TestApi server;

        abstract TestApi start();

        @BeforeAll
        void startServer() {
            server = start();
            RootPageEditions.importNaughty(server);
        }

        @AfterAll
        void stopServer() {
            server.close();
        }

        @Test
        void thePageListsEveryEditionWithItsLinksInTheRequestedLanguage() {
            Reply french = server.client().get("/", "Accept-Language", "fr-ML, en;q=0.4");
            Reply english = server.client().get("/?lang=en");

            assertThat(french.status()).isEqualTo(200);
            assertThat(french.header("content-type").replace(" ", ""))
                    .isEqualToIgnoringCase("text/html;charset=utf-8");
            assertThat(french.text()).startsWith("<!DOCTYPE html>\n<html lang=\"fr-ML\">")
                    .contains("Semaine du Numérique au Mali, 3ème édition", "2026-");
            assertThat(english.text()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                    .contains("Mali Digital Week, 3rd edition", "5 sessions");
            for (String id : List.of(TestApi.SAMPLE, RootPageEditions.NAUGHTY)) {
                assertThat(links(french.text())).contains("/editions/" + id, "/editions/" + id + "/export/html",
                        "/editions/" + id + "/changes.atom", "/editions/" + id + "/calendar.ics");
            }
            assertThat(links(french.text())).contains("/openapi.json");
        }

        @Test
        void titlesThatLookLikeMarkupAreShownAsTextNeverAsMarkup() {
            String french = server.client().get("/?lang=fr").text();
            String english = server.client().get("/?lang=en").text();

            assertThat(french).doesNotContain("<script", RootPageEditions.NAUGHTY_FR)
                    .contains("&lt;script&gt;alert(&#39;fr&#39;)&lt;/script&gt; &amp; « Semaine &quot;2027&quot; »");
            assertThat(english).doesNotContain("<img", RootPageEditions.NAUGHTY_EN)
                    .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Week&#39;s &lt;/title&gt;");
        }

        @Test
        void theTagChangesWithTheLanguageAndTheEditionsAndAnswers304Meanwhile() {
            Reply first = server.client().get("/?lang=fr");

            assertThat(server.client().get("/", "If-None-Match", first.header("etag"), "Accept-Language", "fr")
                    .status()).isEqualTo(304);
            assertThat(server.client().get("/?lang=en").header("etag")).isNotEqualTo(first.header("etag"));
            assertThat(first.header("cache-control")).isEqualTo("no-cache");
            assertThat(first.header("content-security-policy")).startsWith("default-src 'none'");

            long version = server.library().programme().edition(new EditionQueryById(RootPageEditions.NAUGHTY))
                    .version();
            server.library().programme().cancel(new CancelSessionCommand(RootPageEditions.NAUGHTY, version,
                    "masterclass-ia"));
            Reply changed = server.client().get("/?lang=fr", "If-None-Match", first.header("etag"));

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("etag")).isNotEqualTo(first.header("etag"));
        }

        @Test
        void headAnswersWithoutABody() {
            Reply head = server.client().send("HEAD", "/", null);

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        TestApi start() {
            return TestApi.inMemory();
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        TestApi start() {
            return TestApi.postgres();
        }
    }
}
