package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read routes that do not change the store, through a real HTTP client, run against every store
 * by a subclass. The sample edition {@value TestApi#SAMPLE} is what they read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadRoutesContract {

    static final String EDITION = "/editions/" + TestApi.SAMPLE;

    TestApi server;

    /** @return a new server over the store under test, holding the sample edition */
    abstract TestApi start();

    @BeforeAll
    void startServer() {
        server = start();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    Reply get(String path, String... headers) {
        Reply reply = server.client().get(path, headers);
        BodyCanary.assertClean(reply);
        return reply;
    }

    /** @return the sample's canonical document, as the domain exports it (not through HTTP) */
    JsonNode canonical() {
        byte[] bytes = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, "json", null)).bytes();
        return JsonMapper.builder().build().readTree(bytes);
    }

    long storedVersion() {
        return server.library().programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL).stream()
                .filter(e -> e.id().value().equals(TestApi.SAMPLE)).findFirst().orElseThrow().version();
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void the_list_of_editions_names_each_with_its_version_and_links() {
        Reply reply = get("/editions");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/json");
        JsonNode edition = reply.json().get("editions").get(0);
        assertThat(edition.get("id").asString()).isEqualTo(TestApi.SAMPLE);
        assertThat(edition.get("version").asLong()).isEqualTo(storedVersion());
        assertThat(edition.get("title").get("fr").asString()).isNotBlank();
        assertThat(edition.get("start").asString()).isEqualTo("2026-01-29");
        assertThat(edition.get("end").asString()).isEqualTo("2026-02-04");
        assertThat(edition.get("hostCountry").asString()).isEqualTo("ML");
        assertThat(edition.get("sessionCount").asInt()).isEqualTo(5);
        assertThat(edition.get("links").get("self").asString()).isEqualTo(EDITION);
        assertThat(edition.get("links").get("programme").asString()).isEqualTo(EDITION + "/export/html");
        assertThat(reply.header("etag")).startsWith("\"l-");
        assertThat(get("/editions", "If-None-Match", reply.header("etag")).status()).isEqualTo(304);
    }

    @Test
    void an_edition_is_its_canonical_document_with_its_version() {
        Reply reply = get(EDITION);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/json");
        assertThat(reply.header("etag")).isEqualTo("\"" + storedVersion() + "\"");
        assertThat(reply.header("cache-control")).isEqualTo("no-cache");
        assertThat(reply.header("vary")).contains("Accept").contains("Accept-Language");
        JsonNode body = reply.json();
        assertThat(body.get("version").asLong()).isEqualTo(storedVersion());
        JsonNode expected = canonical();
        assertThat(body.get("format")).isEqualTo(expected.get("format"));
        assertThat(body.get("formatVersion")).isEqualTo(expected.get("formatVersion"));
        assertThat(body.get("edition")).isEqualTo(expected.get("edition"));
    }

    @Test
    void a_client_holding_the_version_gets_304_without_a_body() {
        String etag = get(EDITION).header("etag");

        for (String path : List.of(EDITION, EDITION + "/sessions?day=2026-01-29", EDITION + "/sessions/masterclass-ia",
                EDITION + "/officials/aminata-zerbo-sabane", EDITION + "/releases")) {
            Reply again = get(path, "If-None-Match", etag);
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.header("etag")).as(path).isEqualTo(etag);
        }
        assertThat(get(EDITION, "If-None-Match", "\"999999\"").status()).isEqualTo(200);
    }

    @Test
    void sessions_are_the_canonical_session_objects_in_programme_order() {
        Reply reply = get(EDITION + "/sessions");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("etag")).isEqualTo("\"" + storedVersion() + "\"");
        JsonNode body = reply.json();
        assertThat(body.get("edition").asString()).isEqualTo(TestApi.SAMPLE);
        assertThat(body.get("version").asLong()).isEqualTo(storedVersion());
        List<String> domainOrder = server.library().programme().programme(ProgrammeQuery.all(TestApi.SAMPLE)).stream()
                .map(s -> s.id().value()).toList();
        assertThat(ids(body.get("sessions"))).containsExactlyElementsOf(domainOrder).hasSize(5);
        JsonNode canonicalSessions = canonical().get("edition").get("sessions");
        for (JsonNode session : body.get("sessions")) {
            JsonNode same = null;
            for (JsonNode candidate : canonicalSessions) {
                if (candidate.get("id").equals(session.get("id"))) {
                    same = candidate;
                }
            }
            assertThat(session).isEqualTo(same);
        }
    }

    @Test
    void filters_select_what_the_domain_selects() {
        assertFilter("day=2026-01-29", new ProgrammeQuery(TestApi.SAMPLE, LocalDate.parse("2026-01-29"), null, null, null),
                "ceremonie-de-lancement", "exposition-savoir-faire-local");
        assertFilter("day=2026-01-31&room=salle-de-formation",
                new ProgrammeQuery(TestApi.SAMPLE, LocalDate.parse("2026-01-31"), "salle-de-formation", null, null),
                "masterclass-ia");
        assertFilter("room=salle-de-formation", new ProgrammeQuery(TestApi.SAMPLE, null, "salle-de-formation", null, null),
                "masterclass-ia", "formation-intensive-ia");
        assertFilter("track=gouvernance-numerique",
                new ProgrammeQuery(TestApi.SAMPLE, null, null, "gouvernance-numerique", null), "panel-gouvernance-numerique");
        assertFilter("person=aminata-zerbo-sabane",
                new ProgrammeQuery(TestApi.SAMPLE, null, null, null, "aminata-zerbo-sabane"), "ceremonie-de-lancement");
        assertFilter("day=2026-03-01", new ProgrammeQuery(TestApi.SAMPLE, LocalDate.parse("2026-03-01"), null, null, null));
    }

    private void assertFilter(String query, ProgrammeQuery domainQuery, String... expected) {
        Reply reply = get(EDITION + "/sessions?" + query);
        assertThat(reply.status()).as(query).isEqualTo(200);
        List<String> domain = server.library().programme().programme(domainQuery).stream().map(Session::id)
                .map(id -> id.value()).toList();
        assertThat(ids(reply.json().get("sessions"))).as(query).containsExactlyElementsOf(domain)
                .containsExactly(expected);
    }

    @Test
    void a_day_that_is_not_a_date_is_invalid_input_on_the_day_parameter() {
        Reply french = get(EDITION + "/sessions?day=29-01-2026&lang=fr");
        Reply english = get(EDITION + "/sessions?day=tomorrow", "Accept-Language", "en");

        for (Reply reply : List.of(french, english)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.header("content-type")).startsWith("application/problem+json");
            assertThat(reply.header("etag")).isNull();
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/invalid-input");
            assertThat(reply.json().get("violations").get(0).get("path").asString()).isEqualTo("day");
        }
        assertThat(french.json().get("violations").get(0).get("message").asString()).contains("date ISO");
        assertThat(english.json().get("violations").get(0).get("message").asString()).contains("must be an ISO");
    }

    @Test
    void a_filter_the_domain_refuses_is_named_by_its_parameter() {
        Reply reply = get(EDITION + "/sessions?room=pas%20un%20identifiant&person=%2Fetc&lang=en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/invalid-input");
        List<String> paths = new ArrayList<>();
        reply.json().get("violations").forEach(v -> paths.add(v.get("path").asString()));
        assertThat(paths).containsExactlyInAnyOrder("room", "person");
        assertThat(reply.json().get("detail").asString()).contains("session filter");
    }

    @Test
    void one_session_is_its_canonical_object() {
        Reply reply = get(EDITION + "/sessions/masterclass-ia");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("etag")).isEqualTo("\"" + storedVersion() + "\"");
        JsonNode body = reply.json();
        assertThat(body.get("edition").asString()).isEqualTo(TestApi.SAMPLE);
        assertThat(body.get("version").asLong()).isEqualTo(storedVersion());
        assertThat(body.get("session")).isEqualTo(canonical().get("edition").get("sessions").get(2));
        assertThat(body.get("session").get("id").asString()).isEqualTo("masterclass-ia");
    }

    @Test
    void an_official_comes_with_their_sessions() {
        Reply reply = get(EDITION + "/officials/aminata-zerbo-sabane");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("official").get("id").asString()).isEqualTo("aminata-zerbo-sabane");
        assertThat(body.get("official").get("fullName").asString()).isNotBlank();
        assertThat(ids(body.get("sessions"))).containsExactly("ceremonie-de-lancement");
        assertThat(ids(get(EDITION + "/officials/mamou-daffe").json().get("sessions"))).isEmpty();
    }

    @Test
    void unknown_editions_sessions_officials_and_formats_are_404_problems_in_the_language() {
        List<String> paths = List.of("/editions/inconnue-2099", "/editions/inconnue-2099/sessions",
                "/editions/inconnue-2099/findings", "/editions/inconnue-2099/releases",
                "/editions/inconnue-2099/diff?from=1", EDITION + "/sessions/nulle-part", EDITION + "/officials/personne",
                "/editions/inconnue-2099/sessions/masterclass-ia", EDITION + "/diff?from=42");
        for (String path : paths) {
            Reply french = get(path, "Accept-Language", "fr");
            Reply english = get(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(french.status()).as(path).isEqualTo(404);
            assertThat(french.header("content-type")).as(path).startsWith("application/problem+json");
            assertThat(french.header("etag")).as(path).isNull();
            assertThat(french.json().get("type").asString()).isEqualTo("/problems/not-found");
            assertThat(french.json().get("title").asString()).isEqualTo("Introuvable");
            assertThat(english.json().get("title").asString()).isEqualTo("Not found");
            assertThat(french.json().get("detail").asString()).as(path)
                    .isNotEqualTo(english.json().get("detail").asString());
        }
    }

    @Test
    void head_answers_as_get_without_a_body() {
        for (String path : List.of("/editions", EDITION, EDITION + "/sessions", EDITION + "/sessions/masterclass-ia",
                EDITION + "/officials/mamou-daffe", EDITION + "/findings", EDITION + "/releases")) {
            Reply get = get(path);
            Reply head = server.client().send("HEAD", path, null);
            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.header("etag")).as(path).isEqualTo(get.header("etag"));
            assertThat(head.header("content-type")).as(path).isEqualTo(get.header("content-type"));
        }
    }

    @Test
    void the_sample_programme_has_no_findings_and_its_tag_names_the_words_language() {
        Reply french = get(EDITION + "/findings", "Accept-Language", "fr-ML");
        Reply english = get(EDITION + "/findings?lang=en");

        assertThat(french.status()).isEqualTo(200);
        assertThat(french.header("vary")).contains("Accept-Language");
        assertThat(french.header("etag")).isEqualTo("\"" + storedVersion() + "-fr\"");
        assertThat(english.header("etag")).isEqualTo("\"" + storedVersion() + "-en\"");
        assertThat(french.json().get("findings").size()).isZero();
        assertThat(french.json().get("errors").asInt()).isZero();
        assertThat(french.json().get("warnings").asInt()).isZero();
        assertThat(get(EDITION + "/findings?lang=en", "If-None-Match", english.header("etag")).status()).isEqualTo(304);
        assertThat(get(EDITION + "/findings?lang=fr", "If-None-Match", english.header("etag")).status()).isEqualTo(200);
    }

    @Test
    void an_edition_without_releases_lists_none_and_a_diff_needs_its_from() {
        Reply releases = get(EDITION + "/releases");
        assertThat(releases.status()).isEqualTo(200);
        assertThat(releases.json().get("releases").size()).isZero();
        assertThat(releases.json().get("version").asLong()).isEqualTo(storedVersion());

        Reply noFrom = get(EDITION + "/diff");
        assertThat(noFrom.status()).isEqualTo(400);
        assertThat(noFrom.json().get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(noFrom.json().get("violations").get(0).get("path").asString()).isEqualTo("from");
    }

    @Test
    void the_formats_are_listed_with_their_media_types() {
        Reply reply = get("/formats");

        assertThat(reply.status()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        reply.json().get("formats").forEach(f -> listed.add(f.get("id").asString() + " " + f.get("mediaType").asString()
                + " " + f.get("exported").asBoolean() + " " + f.get("imported").asBoolean()));
        assertThat(listed).containsExactlyElementsOf(server.library().documents().formats().stream()
                .map(f -> f.id() + " " + f.mediaType() + " " + f.exported() + " " + f.imported()).toList());
        assertThat(listed).anyMatch(line -> line.startsWith("ics text/calendar"));
    }
}
