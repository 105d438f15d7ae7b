package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.OpenApiContract;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check every test's replies go through ({@link OpenApiContract}, hooked into {@link ApiClient}):
 * the server's own replies pass it, and replies made by hand show that it refuses what the document
 * does not describe: a body missing a required member or carrying one too many, a status, a media
 * type or a path not documented, a required header missing.
 */
class OpenApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM = "application/problem+json; charset=utf-8";

    private static TestApi server;
    private static OpenApiContract contract;

    @BeforeAll
    static void serve() {
        server = TestApi.inMemory();
        contract = OpenApiContract.served(server.client().base());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServersOwnRepliesConform() {
        List<Reply> replies = List.of(
                server.client().unchecked().get("/openapi.json"),
                server.client().unchecked().get("/no/such/thing"),
                server.client().unchecked().send("DELETE", "/openapi.json", null),
                server.client().unchecked().get("/problems/too-large", "Accept-Language", "en"),
                server.client().unchecked().get("/problems/nothing-of-the-kind"));

        for (Reply reply : replies) {
            assertThat(contract.problems(reply)).as(reply.toString()).isEmpty();
        }
    }

    @Test
    void theCanonicalSampleWithItsVersionIsAnEditionAndWithoutAMemberIsNot() throws IOException {
        ObjectNode edition = sample();
        edition.put("version", 3);
        ObjectNode withoutFormat = edition.deepCopy();
        withoutFormat.remove("format");
        ObjectNode withoutVersion = edition.deepCopy();
        withoutVersion.remove("version");
        ObjectNode leaking = edition.deepCopy();
        ((ObjectNode) leaking.get("edition").get("officials").get(0)).put("phone", "+33 1 23 45 67 89");

        assertThat(contract.problems(json("GET", "/editions/snm-2026", 200, edition, "\"3\""))).isEmpty();
        assertThat(contract.problems(json("GET", "/editions/snm-2026", 200, withoutFormat, "\"3\"")))
                .singleElement().asString().contains("format");
        assertThat(contract.problems(json("GET", "/editions/snm-2026", 200, withoutVersion, "\"3\"")))
                .singleElement().asString().contains("version");
        assertThat(contract.problems(json("GET", "/editions/snm-2026", 200, leaking, "\"3\"")))
                .singleElement().asString().contains("phone");
    }

    @Test
    void sessionsAndOfficialsAreCheckedAgainstTheCanonicalDefinitions() throws IOException {
        ObjectNode sample = sample();
        ArrayNode sessions = (ArrayNode) sample.get("edition").get("sessions");
        ObjectNode list = JSON.createObjectNode().put("edition", "snm-2026").put("version", 3);
        list.set("sessions", sessions);
        ObjectNode official = JSON.createObjectNode().put("edition", "snm-2026").put("version", 3);
        official.set("official", sample.get("edition").get("officials").get(0));
        official.set("sessions", JSON.createArrayNode().add(sessions.get(0)));
        ObjectNode badSession = list.deepCopy();
        ((ObjectNode) badSession.get("sessions").get(0)).remove("id");

        assertThat(contract.problems(json("GET", "/editions/snm-2026/sessions?day=2026-01-28", 200, list, "\"3\"")))
                .isEmpty();
        assertThat(contract.problems(json("GET", "/editions/snm-2026/officials/x", 200, official, "\"3\""))).isEmpty();
        assertThat(contract.problems(json("GET", "/editions/snm-2026/sessions", 200, badSession, "\"3\"")))
                .isNotEmpty().anySatisfy(problem -> assertThat(problem).contains("id"));
    }

    @Test
    void aProblemMustHaveItsMembersAndNothingElse() {
        ObjectNode conflict = problem(412, "version-conflict").put("currentVersion", 7);
        ObjectNode withoutDetail = problem(412, "version-conflict");
        withoutDetail.remove("detail");
        ObjectNode withTrace = problem(500, "server-failure").put("trace", "java.lang.NullPointerException");
        ObjectNode unknownKind = problem(404, "no-such-kind");

        assertThat(contract.problems(reply("POST", "/editions/snm-2026/sessions/s1/move", 412, PROBLEM,
                bytes(conflict), "etag", "\"7\""))).isEmpty();
        assertThat(contract.problems(reply("POST", "/editions/snm-2026/sessions/s1/move", 412, PROBLEM,
                bytes(withoutDetail), "etag", "\"7\""))).singleElement().asString().contains("detail");
        assertThat(contract.problems(reply("GET", "/editions", 500, PROBLEM, bytes(withTrace))))
                .singleElement().asString().contains("trace");
        assertThat(contract.problems(reply("GET", "/editions/x", 404, PROBLEM, bytes(unknownKind)))).isNotEmpty();
    }

    @Test
    void anUndocumentedStatusMediaTypePathOrMissingHeaderIsRefused() {
        byte[] list = "{\"editions\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThat(contract.problems(reply("GET", "/editions", 200, "application/json", list, "etag", "\"l-0\"")))
                .isEmpty();
        assertThat(contract.problems(reply("GET", "/editions", 418, "application/json", list)))
                .singleElement().asString().contains("status 418 is not documented for GET /editions");
        assertThat(contract.problems(reply("GET", "/editions", 200, "text/plain", list, "etag", "\"l-0\"")))
                .singleElement().asString().contains("text/plain is not documented");
        assertThat(contract.problems(reply("GET", "/secrets", 200, "application/json", list)))
                .singleElement().asString().contains("no documented path matches /secrets");
        assertThat(contract.problems(reply("GET", "/editions", 200, "application/json", list)))
                .singleElement().asString().contains("ETag");
        assertThat(contract.problems(reply("OPTIONS", "/editions/x/sessions/y/move", 204, "text/plain", new byte[0])))
                .isEmpty();
        assertThat(contract.problems(reply("OPTIONS", "/editions/x/sessions/y/move", 200, "text/plain", list)))
                .singleElement().asString().contains("OPTIONS is not documented");
        assertThat(contract.problems(reply("POST", "/editions/x/sessions/y/cancel", 401, PROBLEM,
                bytes(problem(401, "unauthorized"))))).singleElement().asString().contains("WWW-Authenticate");
    }

    @Test
    void theClientFailsATestOnAnUndocumentedReplyUnlessItIsTheUncheckedClient() {
        Javalin plain = Javalin.create(config -> config.routes.get("/editions", ctx -> ctx.result("not JSON")))
                .start("127.0.0.1", 0);
        try {
            ApiClient client = new ApiClient(URI.create("http://127.0.0.1:" + plain.port() + "/"));

            assertThatThrownBy(() -> client.get("/editions")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("departs from /openapi.json").hasMessageContaining("GET /editions");
            assertThat(client.unchecked().get("/editions").text()).isEqualTo("not JSON");
        } finally {
            plain.stop();
        }
    }

    private static ObjectNode sample() throws IOException {
        try (InputStream in = TestApi.sampleDocument()) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode problem(int status, String kind) {
        return JSON.createObjectNode().put("type", "/problems/" + kind).put("title", "Title").put("status", status)
                .put("detail", "What happened.");
    }

    private static byte[] bytes(Object node) {
        return JSON.writeValueAsBytes(node);
    }

    private static Reply json(String method, String path, int status, ObjectNode body, String etag) {
        return reply(method, path, status, "application/json; charset=utf-8", bytes(body), "etag", etag);
    }

    private static Reply reply(String method, String path, int status, String contentType, byte[] body,
                               String... headers) {
        Map<String, List<String>> all = new java.util.HashMap<>();
        all.put("content-type", List.of(contentType));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            all.put(headers[i], List.of(headers[i + 1]));
        }
        return new Reply(method, path, status, all, body);
    }
}
