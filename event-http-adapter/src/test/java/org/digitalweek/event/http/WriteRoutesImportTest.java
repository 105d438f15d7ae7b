package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /editions} on both stores: create, replace, the format from the query or the media type, and refusals. */
class WriteRoutesImportTest {

    static Stream<String> stores() {
        return Stream.of("memory", "postgres");
    }

    /** @return the sample's document, as the edition {@code snm-2027}, number 4 */
    static String nextEdition() {
        return sample().replaceFirst("\"id\": \"snm-2026\"", "\"id\": \"snm-2027\"")
                .replaceFirst("\"number\": 3,", "\"number\": 4,");
    }

    static String sample() {
        try (InputStream in = TestApi.sampleDocument()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply post(TestApi server, String query, String contentType, Long version, byte[] body,
                              String... more) {
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Authorization",
                "Bearer " + TestApi.TOKEN));
        if (contentType != null) {
            headers.addAll(java.util.List.of("Content-Type", contentType));
        }
        if (version != null) {
            headers.addAll(java.util.List.of("If-Match", "\"" + version + "\""));
        }
        headers.addAll(java.util.List.of(more));
        return server.client().send("POST", "/editions" + query, body, headers.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_new_edition_is_created_with_201_its_location_version_and_findings(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            Reply created = post(server, "", "application/vnd.digitalweek.edition+json", null,
                    Writes.utf8(nextEdition()));

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.header("location")).isEqualTo("/editions/snm-2027");
            assertThat(created.json().get("edition").asString()).isEqualTo("snm-2027");
            long version = created.json().get("version").asLong();
            assertThat(created.header("etag")).isEqualTo("\"" + version + "\"");
            assertThat(created.json().get("warnings").isArray()).isTrue();
            assertThat(created.json().get("findings").isArray()).isTrue();
            assertThat(server.library().programme().editions(EditionQuery.ALL)).extracting(e -> e.id().value())
                    .containsExactlyInAnyOrder("snm-2026", "snm-2027");
            assertThat(summary(server, "snm-2027").version()).isEqualTo(version);

            Reply again = post(server, "?format=json&mode=create", "text/plain", null, Writes.utf8(nextEdition()));
            assertThat(again.status()).as("the id is taken: " + again).isEqualTo(409);
            assertThat(again.json().get("type").asString()).isEqualTo("/problems/forbidden-change");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_replace_needs_the_version_read_and_answers_200_with_the_next_one(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long version = Writes.version(server);
            String document = sample().replace("Masterclass en intelligence artificielle", "Masterclass d'IA");

            Reply missing = post(server, "?format=json&mode=replace", null, null, Writes.utf8(document));
            Reply stale = post(server, "?format=json&mode=replace", null, version + 5, Writes.utf8(document));
            String unchanged = Writes.canonical(server);
            Reply replaced = post(server, "?format=json&mode=replace", null, version, Writes.utf8(document));

            assertThat(missing.status()).isEqualTo(428);
            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version);
            assertThat(unchanged).doesNotContain("Masterclass d'IA");
            assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
            assertThat(replaced.header("etag")).isEqualTo("\"" + (version + 1) + "\"");
            assertThat(replaced.header("location")).isEqualTo("/editions/snm-2026");
            assertThat(Writes.canonical(server)).contains("Masterclass d'IA");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void the_format_comes_from_the_media_type_even_when_several_formats_share_it(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long version = Writes.version(server);
            byte[] frab = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, "frab-json", null)).bytes();
            byte[] schedule2 = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, "schedule2", null))
                    .bytes();
            byte[] ics = server.library().documents().export(new ExportQuery(TestApi.SAMPLE, "ics", null)).bytes();

            Reply misread = post(server, "?mode=replace&format=frab-json", null, version, schedule2);
            Reply fromJson = post(server, "?mode=replace", "application/json; charset=utf-8", version, frab);
            Reply fromSchedule2 = post(server, "?mode=replace", "application/json", Writes.etagVersion(fromJson),
                    schedule2);
            Reply fromCalendar = post(server, "?mode=replace", "text/calendar", Writes.etagVersion(fromSchedule2), ics);

            assertThat(fromJson.status()).as(fromJson.toString()).isEqualTo(200);
            assertThat(misread.status()).as("frab JSON does not read schedule 2.0: " + misread).isEqualTo(400);
            assertThat(fromSchedule2.status()).as("so the document chose its format: " + fromSchedule2).isEqualTo(200);
            assertThat(fromCalendar.status()).as(fromCalendar.toString()).isIn(200, 201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void an_unknown_format_or_media_type_is_415_and_an_unreadable_document_400(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            String before = Writes.canonical(server);

            Reply noType = post(server, "", null, null, Writes.utf8(nextEdition()));
            Reply unknownType = post(server, "", "application/x-unknown", null, Writes.utf8(nextEdition()));
            Reply unknownFormat = post(server, "?format=docx&lang=en", null, null, Writes.utf8(nextEdition()));
            Reply exportOnly = post(server, "?format=html", null, null, Writes.utf8(nextEdition()));
            Reply badMode = post(server, "?format=json&mode=merge", null, null, Writes.utf8(nextEdition()));
            Reply unreadable = post(server, "?format=json", null, null, Writes.utf8("{\"format\": \"digitalweek-edition\","),
                    "Accept-Language", "fr");

            assertThat(noType.status()).isEqualTo(415);
            assertThat(unknownType.status()).isEqualTo(415);
            assertThat(unknownFormat.status()).isEqualTo(415);
            assertThat(unknownFormat.json().get("detail").asString()).contains("docx", "frab-xml");
            assertThat(exportOnly.status()).isEqualTo(415);
            WriteRoutesSessionTest.assertViolations(badMode, "mode");
            assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(400);
            assertThat(unreadable.json().get("type").asString()).isEqualTo("/problems/unreadable-document");
            assertThat(unreadable.json().get("problems")).isNotEmpty();
            assertThat(server.library().programme().editions(EditionQuery.ALL)).hasSize(1);
            assertThat(Writes.canonical(server)).isEqualTo(before);
        }
    }

    static EditionSummary summary(TestApi server, String id) {
        return server.library().programme().editions(EditionQuery.ALL).stream().filter(e -> e.id().value().equals(id))
                .findFirst().orElseThrow();
    }
}
