package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The read routes after changes made through the domain's in-ports: findings a move causes,
 * releases and the diffs between them, and bodies that follow the version. Each test has a
 * server of its own, run against every store by a subclass.
 */
abstract class ReadRoutesChangesContract {

    static final String EDITION = "/editions/" + TestApi.SAMPLE;

    TestApi server;

    /** @return a new server over a fresh store under test, holding the sample edition */
    abstract TestApi start();

    @BeforeEach
    void startServer() {
        server = start();
    }

    @AfterEach
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

    /** Moves the panel into the banquet hall during the opening ceremony: the room is booked twice. */
    void doubleBookTheBanquetHall() {
        server.library().programme().move(new MoveSessionCommand(TestApi.SAMPLE, version(),
                "panel-gouvernance-numerique", new SlotDraft(LocalDateTime.parse("2026-01-29T09:30"),
                LocalDateTime.parse("2026-01-29T10:30")), "salle-des-banquets"));
    }

    @Test
    void findings_a_change_causes_are_worded_in_the_request_language() {
        String before = get(EDITION + "/findings?lang=fr").header("etag");
        doubleBookTheBanquetHall();

        Reply french = get(EDITION + "/findings", "Accept-Language", "fr-ML, en;q=0.5", "If-None-Match", before);
        Reply english = get(EDITION + "/findings?lang=en");

        assertThat(french.status()).isEqualTo(200);
        assertThat(french.header("etag")).isEqualTo("\"" + version() + "-fr\"").isNotEqualTo(before);
        JsonNode frenchFinding = only(french.json().get("findings"), "ROOM_DOUBLE_BOOKED");
        JsonNode englishFinding = only(english.json().get("findings"), "ROOM_DOUBLE_BOOKED");
        assertThat(frenchFinding.get("severity").asString()).isEqualTo("error");
        assertThat(frenchFinding.get("ruleName").asString()).isEqualTo("salle réservée deux fois");
        assertThat(englishFinding.get("ruleName").asString()).isEqualTo("room booked twice");
        assertThat(frenchFinding.get("message").asString()).isNotEqualTo(englishFinding.get("message").asString())
                .contains("salle-des-banquets");
        assertThat(texts(frenchFinding.get("sessions")))
                .containsExactlyInAnyOrder("ceremonie-de-lancement", "panel-gouvernance-numerique");
        assertThat(texts(frenchFinding.get("rooms"))).containsExactly("salle-des-banquets");
        assertThat(french.json().get("errors").asInt()).isPositive();
        assertThat(french.json().get("version").asLong()).isEqualTo(version());
    }

    private static JsonNode only(JsonNode findings, String rule) {
        List<JsonNode> matching = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("rule").asString().equals(rule)) {
                matching.add(f);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    @Test
    void every_body_follows_the_version_after_a_write() {
        Reply edition = get(EDITION);
        Reply session = get(EDITION + "/sessions/panel-gouvernance-numerique");
        Reply day = get(EDITION + "/sessions?day=2026-01-29");
        doubleBookTheBanquetHall();

        Reply editionAfter = get(EDITION, "If-None-Match", edition.header("etag"));
        Reply sessionAfter = get(EDITION + "/sessions/panel-gouvernance-numerique", "If-None-Match",
                session.header("etag"));
        Reply dayAfter = get(EDITION + "/sessions?day=2026-01-29");

        assertThat(editionAfter.status()).isEqualTo(200);
        assertThat(editionAfter.json().get("version").asLong()).isEqualTo(version())
                .isGreaterThan(edition.json().get("version").asLong());
        assertThat(sessionAfter.status()).isEqualTo(200);
        assertThat(sessionAfter.json().get("session").get("room").asString()).isEqualTo("salle-des-banquets");
        assertThat(sessionAfter.json().get("session").get("slot").get("start").asString()).startsWith("2026-01-29T09:30");
        assertThat(ReadRoutesContract.ids(day.json().get("sessions"))).doesNotContain("panel-gouvernance-numerique");
        assertThat(ReadRoutesContract.ids(dayAfter.json().get("sessions"))).contains("panel-gouvernance-numerique");
    }

    /** Publishes 1, cancels the masterclass and moves the training a day later, publishes « v2 ». */
    void publishTwoReleases() {
        server.library().publication().publish(PublishEditionCommand.of(TestApi.SAMPLE, version()));
        server.library().programme().cancel(new CancelSessionCommand(TestApi.SAMPLE, version(), "masterclass-ia"));
        server.library().programme().move(new MoveSessionCommand(TestApi.SAMPLE, version(), "formation-intensive-ia",
                new SlotDraft(LocalDateTime.parse("2026-02-03T09:00"), LocalDateTime.parse("2026-02-03T17:00")),
                null));
        server.library().publication().publish(new PublishEditionCommand(TestApi.SAMPLE, version(), "v2"));
    }

    @Test
    void releases_are_listed_by_number() {
        publishTwoReleases();

        Reply reply = get(EDITION + "/releases");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("etag")).isEqualTo("\"" + version() + "\"");
        JsonNode releases = reply.json().get("releases");
        assertThat(releases.size()).isEqualTo(2);
        assertThat(releases.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(releases.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(releases.get(1).get("label").asString()).isEqualTo("v2");
        assertThat(releases.get(1).get("editionVersion").asLong()).isGreaterThan(
                releases.get(0).get("editionVersion").asLong());
        assertThat(releases.get(0).get("sessionCount").asInt()).isEqualTo(5);
        assertThat(releases.get(0).get("publishedAt").asString()).endsWith("Z");
    }

    @Test
    void the_diff_between_releases_lists_each_change_with_its_sentence_in_the_language() {
        publishTwoReleases();

        Reply french = get(EDITION + "/diff?from=1&to=v2", "Accept-Language", "fr");
        Reply english = get(EDITION + "/diff?from=1&to=2&lang=en");

        assertThat(french.status()).isEqualTo(200);
        assertThat(french.header("vary")).contains("Accept-Language");
        JsonNode frenchBody = french.json();
        JsonNode englishBody = english.json();
        assertThat(frenchBody.get("empty").asBoolean()).isFalse();
        assertThat(frenchBody.get("from").asString()).isEqualTo("1");
        assertThat(frenchBody.get("to").asString()).isEqualTo("v2");
        List<String> kinds = new ArrayList<>();
        frenchBody.get("changes").forEach(c -> kinds.add(c.get("kind").asString() + " " + c.get("session").asString()));
        assertThat(kinds).containsExactlyInAnyOrder("cancelled masterclass-ia", "moved formation-intensive-ia");
        assertThat(frenchBody.get("text").asString()).isNotEqualTo(englishBody.get("text").asString());
        for (int i = 0; i < frenchBody.get("changes").size(); i++) {
            String frenchLine = frenchBody.get("changes").get(i).get("text").asString();
            String englishLine = englishBody.get("changes").get(i).get("text").asString();
            assertThat(frenchLine).isNotEqualTo(englishLine).doesNotContain("\n");
            assertThat(frenchBody.get("text").asString()).contains(frenchLine);
            assertThat(englishBody.get("text").asString()).contains(englishLine);
        }
    }

    @Test
    void a_diff_without_to_compares_with_the_current_programme() {
        publishTwoReleases();

        Reply sinceFirst = get(EDITION + "/diff?from=1&lang=en");
        Reply sinceLast = get(EDITION + "/diff?from=v2&lang=en");
        Reply sinceLastFrench = get(EDITION + "/diff?from=v2&lang=fr");

        assertThat(sinceFirst.json().get("to").isNull()).isTrue();
        assertThat(sinceFirst.json().get("changes").size()).isEqualTo(2);
        assertThat(sinceLast.json().get("empty").asBoolean()).isTrue();
        assertThat(sinceLast.json().get("changes").size()).isZero();
        assertThat(sinceLast.json().get("text").asString()).isNotEqualTo(sinceLastFrench.json().get("text").asString());
        assertThat(sinceLast.header("etag")).isEqualTo("\"" + version() + "-en\"");
        assertThat(get(EDITION + "/diff?from=v2&lang=en", "If-None-Match", sinceLast.header("etag")).status())
                .isEqualTo(304);
        Reply unknown = get(EDITION + "/diff?from=v9");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("content-type")).startsWith("application/problem+json");
    }
}
