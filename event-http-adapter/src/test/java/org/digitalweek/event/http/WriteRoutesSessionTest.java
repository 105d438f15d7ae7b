package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** Cancel, assign and publish on both stores, and the bodies the writes refuse, with their paths. */
class WriteRoutesSessionTest {

    private static final String SESSIONS = "/editions/snm-2026/sessions/";

    static Stream<String> stores() {
        return Stream.of("memory", "postgres");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_cancel_marks_the_session_cancelled_and_answers_the_new_version(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long before = Writes.version(server);

            Reply reply = Writes.post(server.client(), SESSIONS + "masterclass-ia/cancel", before, null);

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.json().get("version").asLong()).isEqualTo(before + 1);
            assertThat(reply.header("etag")).isEqualTo("\"" + (before + 1) + "\"");
            assertThat(WriteRoutesMoveTest.session(server, "masterclass-ia").isCancelled()).isTrue();
            assertViolations(Writes.post(server.client(), SESSIONS + "masterclass-ia/cancel", before + 1,
                    "{\"why\":1}"), "why");
            assertViolations(server.client().send("POST", SESSIONS + "masterclass-ia/cancel", Writes.utf8("parce que"),
                    "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", "\"" + (before + 1) + "\"",
                    "Content-Type", "text/plain"), "");
            assertThat(Writes.version(server)).isEqualTo(before + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void an_assignment_adds_the_participant_in_the_role_given(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long before = Writes.version(server);

            Reply reply = Writes.post(server.client(), SESSIONS + "masterclass-ia/participants", before,
                    "{\"official\":\"mamou-daffe\",\"role\":\"MODERATOR\",\"onBehalfOf\":{\"authority\":"
                            + "{\"fr\":\"Ministère de l'économie numérique\"},\"precedence\":3}}");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(Writes.etagVersion(reply)).isEqualTo(before + 1);
            Session stored = WriteRoutesMoveTest.session(server, "masterclass-ia");
            assertThat(stored.participants()).anySatisfy(p -> {
                assertThat(p.official().value()).isEqualTo("mamou-daffe");
                assertThat(p.role()).isEqualTo(ParticipantRole.MODERATOR);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_release_is_created_with_its_number_and_label_and_refused_while_the_programme_has_errors(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long before = Writes.version(server);

            Reply published = Writes.post(server.client(), "/editions/snm-2026/releases", before, "{\"label\":\"v1\"}");

            assertThat(published.status()).as(published.toString()).isEqualTo(201);
            JsonNode release = published.json().get("release");
            assertThat(published.json().get("version").asLong()).isEqualTo(before + 1);
            assertThat(release.get("number").asInt()).isEqualTo(1);
            assertThat(release.get("label").asString()).isEqualTo("v1");
            assertThat(release.get("editionVersion").asLong()).isEqualTo(before + 1);
            assertThat(release.get("sessionCount").asInt()).isEqualTo(5);
            assertThat(release.get("publishedAt").asString()).endsWith("Z");
            assertThat(published.header("location")).isEqualTo("/editions/snm-2026/releases/1");
            assertThat(server.library().publication().releases(new EditionQueryById(TestApi.SAMPLE))).hasSize(1);

            Reply taken = Writes.post(server.client(), "/editions/snm-2026/releases", before + 1, "{\"label\":\"v1\"}");
            assertThat(taken.status()).as(taken.toString()).isEqualTo(409);

            Reply clash = Writes.move(server.client(), Writes.CEREMONY, before + 1,
                    Writes.slot("2026-01-30T10:30", "2026-01-30T11:30", "salle-de-conference"));
            Reply refused = Writes.post(server.client(), "/editions/snm-2026/releases?lang=fr", Writes.etagVersion(clash),
                    null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/forbidden-change");
            assertThat(refused.json().get("detail").asString()).contains("publication refusée", "room-double-booked");
            assertThat(server.library().publication().releases(new EditionQueryById(TestApi.SAMPLE))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_body_the_write_cannot_read_is_400_with_the_path_of_each_problem_and_nothing_changes(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long version = Writes.version(server);
            String before = Writes.canonical(server);

            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version,
                    "{\"start\":\"2026-01-29T09:00\",\"end\":\"2026-01-29T10:00\",\"colour\":\"red\"}"), "colour");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version,
                    "{\"start\":\"demain matin\",\"end\":12,\"room\":false}"), "start", "end", "room");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version, "{\"end\":\"2026-01-29T10:00\"}"),
                    "start");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version, "{\"start\":\"2026-02-30T10:00\","
                    + "\"end\":\"2026-01-29T25:00\"}"), "start", "end");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version, "pas du JSON"), "");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version, "[1,2]"), "");
            assertViolations(Writes.move(server.client(), Writes.CEREMONY, version,
                    "{\"start\":\"2026-01-29T09:00\",\"start\":\"2026-01-29T10:00\",\"end\":\"2026-01-29T11:00\"}"), "");
            assertViolations(Writes.post(server.client(), SESSIONS + "masterclass-ia/participants", version,
                    "{\"official\":[\"mamou-daffe\"],\"role\":\"CHEF\"}"), "official", "role");
            assertViolations(Writes.post(server.client(), SESSIONS + "masterclass-ia/participants", version,
                    "{\"role\":\"SPEAKER\",\"onBehalfOf\":{\"authority\":\"x\",\"precedence\":\"1\",\"when\":1}}"),
                    "official", "onBehalfOf.when", "onBehalfOf.authority", "onBehalfOf.precedence");
            assertViolations(Writes.post(server.client(), "/editions/snm-2026/releases", version, "{\"label\":7}"),
                    "label");

            Reply backwards = Writes.move(server.client(), Writes.CEREMONY, version,
                    Writes.slot("2026-01-29T11:00", "2026-01-29T09:00", null));
            assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
            assertThat(backwards.json().get("violations")).isNotEmpty();
            assertThat(Writes.canonical(server)).isEqualTo(before);
            assertThat(Writes.version(server)).isEqualTo(version);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void an_unknown_edition_session_room_or_official_is_refused_and_nothing_changes(String store) {
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long version = Writes.version(server);
            String slot = Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", null);

            assertThat(Writes.post(server.client(), "/editions/snm-2099/sessions/x/move", version, slot).status())
                    .isEqualTo(404);
            assertThat(Writes.move(server.client(), "nulle-part", version, slot).status()).isEqualTo(404);
            Reply room = Writes.move(server.client(), Writes.CEREMONY, version,
                    Writes.slot("2026-01-29T09:00", "2026-01-29T10:00", "salle-inconnue"));
            assertThat(room.status()).as(room.toString()).isBetween(400, 404);
            Reply official = Writes.post(server.client(), SESSIONS + "masterclass-ia/participants", version,
                    "{\"official\":\"personne-inconnue\",\"role\":\"SPEAKER\"}");
            assertThat(official.status()).as(official.toString()).isBetween(400, 404);
            assertThat(Writes.version(server)).isEqualTo(version);
        }
    }

    /** Asserts a 400 invalid-input problem, in French and in English, naming exactly these paths and no internals. */
    static void assertViolations(Reply reply, String... paths) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-input");
        assertThat(problem.get("violations").valueStream().map(v -> v.get("path").asString()))
                .as(reply.toString()).containsExactlyInAnyOrder(paths);
        problem.get("violations").forEach(v -> {
            assertThat(v.get("rule").asString()).isNotBlank();
            assertThat(v.get("message").asString()).isNotBlank();
        });
        assertThat(reply.text()).doesNotContain("jackson", "Jackson", "Exception", "java.", "org.digitalweek");
    }
}
