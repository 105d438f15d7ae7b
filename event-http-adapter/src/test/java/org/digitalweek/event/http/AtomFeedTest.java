package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Tools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /editions/{id}/changes.atom} with no, one and two releases, in French and English:
 * every feed is validated by an independent validator, lxml's RELAX NG against the grammar of RFC
 * 4287 (Appendix B, {@code atom.rng} in the test resources), and read by lxml for the assertions.
 * On the in-memory store and on PostgreSQL; each test starts from the sample with no release.
 */
class AtomFeedTest {

    private static final String SAMPLE = TestApi.SAMPLE;
    private static final String ATOM = "{http://www.w3.org/2005/Atom}";

    /** Validates the feed against the grammar (exit 3 with the errors if invalid), then prints what it holds. */
    private static final String READ_FEED = """
            import json, sys
            from lxml import etree
            A = '{http://www.w3.org/2005/Atom}'
            XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
            grammar = etree.RelaxNG(etree.parse(sys.argv[1]))
            feed = etree.parse(sys.argv[2]).getroot()
            if not grammar.validate(feed):
                print(str(grammar.error_log), file=sys.stderr)
                sys.exit(3)
            def text(element, name):
                found = element.find(A + name)
                return None if found is None else found.text
            def links(element):
                return [{'rel': l.get('rel'), 'type': l.get('type'), 'href': l.get('href')} for l in element.findall(A + 'link')]
            entries = [{'id': text(e, 'id'), 'title': text(e, 'title'), 'updated': text(e, 'updated'),
                        'published': text(e, 'published'), 'content': text(e, 'content'),
                        'contentType': e.find(A + 'content').get('type'), 'links': links(e)}
                       for e in feed.findall(A + 'entry')]
            print(json.dumps({'root': feed.tag, 'lang': feed.get(XML_LANG), 'id': text(feed, 'id'),
                              'title': text(feed, 'title'), 'updated': text(feed, 'updated'),
                              'author': feed.find(A + 'author').find(A + 'name').text, 'links': links(feed),
                              'entries': entries}))
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path grammar() {
        try {
            return Path.of(AtomFeedTest.class.getResource("atom.rng").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the feed as lxml reads it, after it passed the RFC's grammar */
    static JsonNode validFeed(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("content-type")).isEqualTo("application/atom+xml; charset=utf-8");
        Tools.requirePython("lxml");
        try {
            Path file = Files.createTempFile("feed-", ".atom");
            try {
                Files.write(file, reply.body());
                Tools.Run run = Tools.python(READ_FEED, grammar().toString(), file.toString());
                assertThat(run.exitCode()).as("the feed breaks RFC 4287's grammar: " + run.errors() + "\n"
                        + reply.text()).isZero();
                return JSON.readTree(run.output());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> entries(JsonNode feed) {
        List<JsonNode> entries = new ArrayList<>();
        feed.get("entries").forEach(entries::add);
        return entries;
    }

    @Test
    void theGrammarRejectsAFeedWithoutItsRequiredUpdatedElement() {
        Reply broken = new Reply("GET", "/broken.atom", 200,
                java.util.Map.of("content-type", List.of("application/atom+xml; charset=utf-8")),
                ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>t</title>"
                        + "<author><name>a</name></author></feed>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Tools.requirePython("lxml");
        try {
            Path file = Files.createTempFile("feed-", ".atom");
            Files.write(file, broken.body());
            Tools.Run run = Tools.python(READ_FEED, grammar().toString(), file.toString());
            Files.deleteIfExists(file);
            assertThat(run.exitCode()).as(run.errors()).isEqualTo(3);
            assertThat(run.errors()).contains("updated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every store must do. */
    abstract static class Contract {

        private TestApi server;

        abstract TestApi start();

        @BeforeEach
        void startServer() {
            server = start();
        }

        @AfterEach
        void stopServer() {
            server.close();
        }

        private long version() {
            return server.library().programme().edition(new EditionQueryById(SAMPLE)).version();
        }

        private void publish(String label) {
            server.library().publication().publish(new PublishEditionCommand(SAMPLE, version(), label));
        }

        private List<ReleaseSummary> releases() {
            return server.library().publication().releases(new EditionQueryById(SAMPLE));
        }

        @Test
        void anEditionWithNoReleaseHasAValidFeedWithNoEntry() {
            JsonNode feed = validFeed(server.client().get("/editions/" + SAMPLE + "/changes.atom?lang=fr"));

            assertThat(releases()).isEmpty();
            assertThat(feed.get("root").asString()).isEqualTo(ATOM + "feed");
            assertThat(feed.get("lang").asString()).isEqualTo("fr");
            assertThat(feed.get("id").asString()).isEqualTo("urn:digitalweek:edition:" + SAMPLE);
            assertThat(feed.get("title").asString()).isEqualTo(
                    "Semaine du Numérique au Mali, 3ème édition — changements du programme");
            assertThat(feed.get("updated").asString()).isEqualTo("1970-01-01T00:00:00Z");
            assertThat(feed.get("author").asString()).startsWith("Ministère de la Communication");
            assertThat(feed.get("links").toString()).contains("\"rel\":\"self\"",
                    "\"href\":\"/editions/" + SAMPLE + "/changes.atom\"");
            assertThat(entries(feed)).isEmpty();
        }

        @Test
        void theFirstReleaseIsOneEntrySayingWhatItPublished() {
            publish("v1");
            ReleaseSummary release = releases().get(0);

            JsonNode feed = validFeed(server.client().get("/editions/" + SAMPLE + "/changes.atom",
                    "Accept-Language", "en"));

            assertThat(feed.get("lang").asString()).isEqualTo("en");
            assertThat(feed.get("title").asString()).isEqualTo("Mali Digital Week, 3rd edition — programme changes");
            assertThat(feed.get("author").asString()).startsWith("Ministry of Communication");
            assertThat(feed.get("updated").asString()).isEqualTo(release.publishedAt().toString());
            assertThat(entries(feed)).singleElement().satisfies(entry -> {
                assertThat(entry.get("id").asString()).isEqualTo("urn:digitalweek:edition:" + SAMPLE + ":release:1");
                assertThat(entry.get("title").asString()).isEqualTo("Release “v1”");
                assertThat(entry.get("updated").asString()).isEqualTo(release.publishedAt().toString())
                        .isEqualTo(entry.get("published").asString());
                assertThat(entry.get("contentType").asString()).isEqualTo("text");
                assertThat(entry.get("content").asString()).isEqualTo("First release of the programme: 5 sessions.");
            });
        }

        @Test
        void twoReleasesAreTwoEntriesNewestFirstTheLatestSayingWhatChangedInTheRequestedLanguage() {
            publish("v1");
            server.library().programme().cancel(new CancelSessionCommand(SAMPLE, version(), "masterclass-ia"));
            publish("v2");
            List<ReleaseSummary> releases = releases();
            String expectedFr = DiffText.render(server.library().publication()
                    .diff(new ReleaseDiffQuery(SAMPLE, "v1", "v2")), "fr");

            JsonNode french = validFeed(server.client().get("/editions/" + SAMPLE + "/changes.atom?lang=fr"));
            JsonNode english = validFeed(server.client().get("/editions/" + SAMPLE + "/changes.atom?lang=en"));

            List<JsonNode> entries = entries(french);
            assertThat(entries).extracting(e -> e.get("id").asString()).containsExactly(
                    "urn:digitalweek:edition:" + SAMPLE + ":release:2", "urn:digitalweek:edition:" + SAMPLE + ":release:1");
            assertThat(entries.get(0).get("title").asString()).isEqualTo("Publication « v2 »");
            assertThat(entries.get(0).get("content").asString()).isEqualTo(expectedFr).contains("masterclass-ia");
            assertThat(entries.get(0).get("links").toString()).contains("/editions/" + SAMPLE + "/diff?from=1&to=2");
            assertThat(entries.get(1).get("content").asString())
                    .isEqualTo("Première publication du programme : 5 sessions.");
            assertThat(french.get("updated").asString()).isEqualTo(releases.get(1).publishedAt().toString());
            assertThat(entries(english).get(0).get("content").asString()).contains("masterclass-ia")
                    .isNotEqualTo(entries.get(0).get("content").asString());
            assertThat(english.get("lang").asString()).isEqualTo("en");
        }

        @Test
        void theEtagNamesTheVersionAndLanguageAnd304UntilTheNextRelease() {
            String path = "/editions/" + SAMPLE + "/changes.atom?lang=fr";
            Reply first = server.client().get(path);
            assertThat(first.header("etag")).isEqualTo("\"" + version() + "-atom-fr\"");
            assertThat(first.header("cache-control")).isEqualTo("no-cache");
            assertThat(server.client().get(path, "If-None-Match", first.header("etag")).status()).isEqualTo(304);

            publish("v1");
            Reply after = server.client().get(path, "If-None-Match", first.header("etag"));

            assertThat(after.status()).isEqualTo(200);
            assertThat(after.header("etag")).isEqualTo("\"" + version() + "-atom-fr\"");
            assertThat(entries(validFeed(after))).hasSize(1);
        }

        @Test
        void anUnknownEditionIsANotFoundProblem() {
            Reply reply = server.client().get("/editions/nowhere-2030/changes.atom?lang=en");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("detail").asString()).contains("nowhere-2030");
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
