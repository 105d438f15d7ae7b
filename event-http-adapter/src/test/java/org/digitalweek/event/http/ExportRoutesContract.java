package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;

/**
 * Every export format by path and by content negotiation on the edition, through a real HTTP client,
 * run against every store by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportRoutesContract {

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

    long version() {
        return server.library().programme().editions(EditionQuery.ALL).get(0).version();
    }

    List<FormatDescription> exported() {
        return server.library().documents().formats().stream().filter(FormatDescription::exported).toList();
    }

    @Test
    void every_export_format_is_served_with_its_media_type_and_a_tag_naming_version_format_and_language() {
        assertThat(exported()).extracting(FormatDescription::id).contains("ics", "jsonld", "html", "csv", "json");
        for (FormatDescription format : exported()) {
            String path = EDITION + "/export/" + format.id() + "?lang=en";
            Reply reply = get(path);

            assertThat(reply.status()).as(path).isEqualTo(200);
            String contentType = reply.header("content-type").toLowerCase(Locale.ROOT).replace(" ", "");
            assertThat(contentType).as(path).startsWith(Negotiation.bare(format.mediaType()));
            if (format.mediaType().startsWith("text/")) {
                assertThat(contentType).as(path).contains("charset=utf-8");
            }
            assertThat(reply.header("etag")).as(path).isEqualTo("\"" + version() + "-" + format.id() + "-en\"");
            assertThat(reply.header("cache-control")).as(path).isEqualTo("no-cache");
            assertThat(reply.header("vary")).as(path).contains("Accept-Language");
            assertThat(reply.header("content-disposition")).as(path)
                    .matches("inline; filename=\"" + TestApi.SAMPLE + "\\.[a-z]+\"");
            assertThat(reply.body()).as(path).isNotEmpty();
            Reply again = get(path, "If-None-Match", reply.header("etag"));
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
    }

    @Test
    void an_export_is_the_document_the_domain_writes() {
        for (String format : List.of("json", "jsonld", "csv", "markdown", "frab-xml")) {
            Reply reply = get(EDITION + "/export/" + format + "?lang=fr");
            byte[] domain = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, format, "fr")).bytes();
            assertThat(reply.body()).as(format).isEqualTo(domain);
        }
        assertThat(get(EDITION + "/export/ics").text()).startsWith("BEGIN:VCALENDAR");
        assertThat(get(EDITION + "/export/html").header("content-disposition"))
                .isEqualTo("inline; filename=\"" + TestApi.SAMPLE + ".html\"");
        assertThat(get(EDITION + "/export/ics").header("content-disposition"))
                .isEqualTo("inline; filename=\"" + TestApi.SAMPLE + ".ics\"");
    }

    @Test
    void an_export_is_worded_in_the_request_language() {
        Reply french = get(EDITION + "/export/html", "Accept-Language", "fr");
        Reply english = get(EDITION + "/export/html", "Accept-Language", "en-GB, fr;q=0.3");

        assertThat(french.header("etag")).isEqualTo("\"" + version() + "-html-fr\"");
        assertThat(english.header("etag")).isEqualTo("\"" + version() + "-html-en-GB\"");
        assertThat(french.text()).isNotEqualTo(english.text());
        assertThat(french.text()).contains("Semaine du Numérique au Mali");
        assertThat(english.text()).contains("Mali Digital Week");
    }

    @Test
    void an_unknown_format_is_a_404_problem_without_a_version() {
        Reply reply = get(EDITION + "/export/pdf", "Accept-Language", "en");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.header("etag")).isNull();
        assertThat(reply.header("content-disposition")).isNull();
        assertThat(reply.json().get("detail").asString()).contains("pdf");
        assertThat(get("/editions/inconnue-2099/export/ics").status()).isEqualTo(404);
    }

    @Test
    void head_on_an_export_answers_as_get_without_a_body() {
        Reply get = get(EDITION + "/export/ics");
        Reply head = server.client().send("HEAD", EDITION + "/export/ics", null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("etag")).isEqualTo(get.header("etag"));
        assertThat(head.header("content-type")).isEqualTo(get.header("content-type"));
    }

    @Test
    void accept_text_calendar_on_the_edition_gives_the_calendar() {
        Reply reply = get(EDITION, "Accept", "text/calendar", "Accept-Language", "fr");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("text/calendar");
        assertThat(reply.text()).startsWith("BEGIN:VCALENDAR");
        assertThat(reply.header("etag")).isEqualTo("\"" + version() + "-ics-fr\"");
        assertThat(reply.header("vary")).isEqualTo("Accept, Accept-Language");
        assertThat(get(EDITION, "Accept", "text/calendar", "Accept-Language", "fr", "If-None-Match",
                reply.header("etag")).status()).isEqualTo(304);
    }

    @Test
    void accept_json_ld_on_the_edition_gives_linked_data() {
        Reply reply = get(EDITION, "Accept", "application/ld+json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/ld+json");
        JsonNode body = reply.json();
        assertThat(body.has("@context")).isTrue();
        assertThat(body.has("version")).isFalse();
    }

    @Test
    void accept_weights_choose_among_the_representations() {
        assertThat(get(EDITION, "Accept", "text/calendar;q=0.5, application/ld+json").header("content-type"))
                .startsWith("application/ld+json");
        assertThat(get(EDITION, "Accept", "text/calendar;q=0.9, application/ld+json;q=0.8").header("content-type"))
                .startsWith("text/calendar");
        assertThat(get(EDITION, "Accept", "text/html, application/xhtml+xml, */*;q=0.8").header("content-type"))
                .startsWith("text/html");
        assertThat(get(EDITION, "Accept", "application/json;q=0, */*").header("content-type"))
                .doesNotStartWith("application/json");
        Reply any = get(EDITION, "Accept", "*/*");
        assertThat(any.header("content-type")).startsWith("application/json");
        assertThat(any.json().get("version").asLong()).isEqualTo(version());
        assertThat(get(EDITION).json().get("version").asLong()).isEqualTo(version());
        assertThat(any.header("vary")).isEqualTo("Accept, Accept-Language");
    }

    @Test
    void nothing_acceptable_is_a_406_problem_naming_what_is_offered() {
        Reply french = get(EDITION, "Accept", "image/png", "Accept-Language", "fr");
        Reply english = get(EDITION + "?lang=en", "Accept", "application/pdf, image/*");

        for (Reply reply : List.of(french, english)) {
            assertThat(reply.status()).isEqualTo(406);
            assertThat(reply.header("content-type")).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/not-acceptable");
            assertThat(reply.json().get("detail").asString()).contains("text/calendar").contains("application/json");
        }
        assertThat(french.json().get("title").asString()).isNotEqualTo(english.json().get("title").asString());
    }

    @Test
    void an_export_body_is_plain_utf8_text_for_text_formats() {
        for (FormatDescription format : exported()) {
            if (format.mediaType().startsWith("text/")) {
                Reply reply = get(EDITION + "/export/" + format.id());
                String text = new String(reply.body(), StandardCharsets.UTF_8);
                assertThat(text).as(format.id()).doesNotContain("\uFFFD");
            }
        }
    }
}
