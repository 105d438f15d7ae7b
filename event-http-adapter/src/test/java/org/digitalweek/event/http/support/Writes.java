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
     * @param server the server
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

    /**
     * @param client  the client
     * @param path    the write's path and query
     * @param version the version read, or null for no If-Match
     * @param json    the JSON body, or null for none
     * @param headers more headers, names and values alternately (e.g. the language)
     * @return the answer to the write, sent with the token
     */
    public static Reply post(ApiClient client, String path, Long version, String json, String... headers) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("Authorization", "Bearer " + TestApi.TOKEN));
        if (version != null) {
            all.addAll(java.util.List.of("If-Match", "\"" + version + "\""));
        }
        if (json != null) {
            all.addAll(java.util.List.of("Content-Type", "application/json"));
        }
        all.addAll(java.util.List.of(headers));
        return client.send("POST", path, json == null ? null : utf8(json), all.toArray(String[]::new));
    }

    /**
     * @param server the server
     * @return the sample edition as stored, in the canonical JSON export, to compare before and after
     */
    public static String canonical(TestApi server) {
        return new String(server.library().documents().export(
                new org.digitalweek.event.domain.port.in.ExportQuery(TestApi.SAMPLE, "json", "fr")).bytes(),
                StandardCharsets.UTF_8);
    }

    /** @return the bytes of a text, UTF-8 */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
