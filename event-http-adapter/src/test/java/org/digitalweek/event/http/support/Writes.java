package org.digitalweek.event.http.support;

import java.nio.charset.StandardCharsets;

import org.digitalweek.event.http.support.ApiClient.Reply;

/**
 * The writes as a front end sends them: the token, the version read as {@code If-Match} and a JSON
 * body, so that each test says only what it changes.
 */
public final class Writes {

    /** The sample's opening ceremony, in the banquet hall on 29 January 2026 from 9:00 to 11:00. */
    public static final String CEREMONY = "ceremonie-de-lancement";

    private Writes() {
    }

    /**
     * @param client the client
     * @return the sample's current version, as the ETag of a write answer or the store gives it
     */
    public static long version(TestApi server) {
        return server.library().programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL).stream()
                .filter(e -> e.id().value().equals(TestApi.SAMPLE)).findFirst().orElseThrow().version();
    }

    /**
     * @param client  the client
     * @param session the session
     * @param version the version read
     * @param json    the body
     * @return the answer to the move
     */
    public static Reply move(ApiClient client, String session, long version, String json) {
        return client.send("POST", "/editions/" + TestApi.SAMPLE + "/sessions/" + session + "/move",
                json.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TestApi.TOKEN,
                "If-Match", "\"" + version + "\"", "Content-Type", "application/json");
    }

    /**
     * @param start a local date-time, e.g. {@code 2026-01-29T14:00}
     * @param end   another
     * @param room  a room id, or null
     * @return the move's body
     */
    public static String slot(String start, String end, String room) {
        return "{\"start\":\"" + start + "\",\"end\":\"" + end + "\"" + (room == null ? "" : ",\"room\":\"" + room + "\"")
                + "}";
    }

    /**
     * @param reply a write's answer
     * @return the version its ETag names
     */
    public static long etagVersion(Reply reply) {
        String etag = reply.header("etag");
        return Long.parseLong(etag.substring(1, etag.length() - 1));
    }

    /** @return the bytes of a text, UTF-8 */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
