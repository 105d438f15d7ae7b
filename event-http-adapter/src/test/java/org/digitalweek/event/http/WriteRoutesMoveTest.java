package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.in.SessionQuery;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** {@code POST /editions/{id}/sessions/{sid}/move} on both stores: what is stored, what is answered, what is refused. */
class WriteRoutesMoveTest {

    static Stream<String> stores() {
        return Stream.of("memory", "postgres");
    }

    static TestApi open(String store) {
        return store.equals("memory") ? TestApi.inMemory() : TestApi.postgres();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_move_is_stored_and_answers_the_new_version_and_the_findings_it_caused(String store) {
        try (TestApi server = open(store)) {
            long before = Writes.version(server);

            Reply moved = Writes.move(server.client(), Writes.CEREMONY, before,
                    Writes.slot("2026-01-30T10:30", "2026-01-30T11:30", "salle-de-conference"));

            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.header("content-type")).startsWith("application/json");
            JsonNode body = moved.json();
            assertThat(body.get("edition").asString()).isEqualTo(TestApi.SAMPLE);
            assertThat(body.get("version").asLong()).isEqualTo(before + 1);
            assertThat(moved.header("etag")).isEqualTo("\"" + (before + 1) + "\"");
            assertThat(Writes.version(server)).isEqualTo(before + 1);
            Session stored = session(server, Writes.CEREMONY);
            assertThat(stored.slot().start()).isEqualTo(LocalDateTime.parse("2026-01-30T10:30"));
            assertThat(stored.room().map(r -> r.value())).contains("salle-de-conference");
            // The panel holds the conference room from 10:00 to 12:00 that day: a double booking is caused.
            JsonNode caused = body.get("caused");
            assertThat(caused).anySatisfy(f -> {
                assertThat(f.get("rule").asString()).isEqualTo("ROOM_DOUBLE_BOOKED");
                assertThat(f.get("severity").asString()).isEqualTo("error");
                assertThat(f.get("sessions").toString()).contains(Writes.CEREMONY, "panel-gouvernance-numerique");
                assertThat(f.get("rooms").toString()).contains("salle-de-conference");
            });
            assertThat(body.get("resolved").isArray()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_finding_speaks_the_language_asked_for(String store) {
        try (TestApi server = open(store)) {
            long version = Writes.version(server);
            String clash = Writes.slot("2026-01-30T10:30", "2026-01-30T11:30", "salle-de-conference");
            Reply french = server.client().send("POST", "/editions/snm-2026/sessions/" + Writes.CEREMONY + "/move?lang=fr",
                    Writes.utf8(clash), "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", "\"" + version + "\"",
                    "Content-Type", "application/json");
            JsonNode finding = french.json().get("caused").get(0);
            assertThat(finding.get("ruleName").asString()).isEqualTo("salle réservée deux fois");

            Reply back = server.client().send("POST", "/editions/snm-2026/sessions/" + Writes.CEREMONY + "/move",
                    Writes.utf8(Writes.slot("2026-01-29T09:00", "2026-01-29T11:00", "salle-des-banquets")),
                    "Authorization", "Bearer " + TestApi.TOKEN, "If-Match", french.header("etag"),
                    "Content-Type", "application/json; charset=utf-8", "Accept-Language", "en-GB");
            assertThat(back.status()).as(back.toString()).isEqualTo(200);
            JsonNode resolved = back.json().get("resolved").get(0);
            assertThat(resolved.get("ruleName").asString()).isEqualTo("room booked twice");
            assertThat(resolved.get("message").asString()).isNotEqualTo(finding.get("message").asString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void a_stale_version_is_refused_with_412_and_the_current_one_and_nothing_changes(String store) {
        try (TestApi server = open(store)) {
            long version = Writes.version(server);
            Writes.move(server.client(), Writes.CEREMONY, version, Writes.slot("2026-01-29T08:00", "2026-01-29T10:00", null));

            Reply stale = Writes.move(server.client(), Writes.CEREMONY, version,
                    Writes.slot("2026-01-29T15:00", "2026-01-29T16:00", null));

            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.header("content-type")).startsWith("application/problem+json");
            assertThat(stale.json().get("type").asString()).isEqualTo("/problems/version-conflict");
            assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version + 1);
            assertThat(stale.header("etag")).isEqualTo("\"" + (version + 1) + "\"");
            assertThat(session(server, Writes.CEREMONY).slot().start()).isEqualTo(LocalDateTime.parse("2026-01-29T08:00"));
        }
    }

    static Session session(TestApi server, String id) {
        return server.library().programme().session(new SessionQuery(TestApi.SAMPLE, id));
    }
}
