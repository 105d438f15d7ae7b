package org.digitalweek.event.cli.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few HTTP calls the serve tests make, with the JDK's client: a real client on a real socket,
 * as a front end calls the API.
 */
final class Http {

    /** A token long enough to be accepted, recognisable if it leaked. */
    static final String TOKEN = "Djenne-Tombouctou-Gao-2026";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private Http() {
    }

    /**
     * @param base the server
     * @param path the path and query
     * @return the answer
     */
    static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param base the server
     * @param path the path and query
     * @return the body of a 200 answer
     */
    static byte[] getBytes(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode());
        }
        return response.body();
    }

    /**
     * @param base    the server
     * @param path    the path and query
     * @param ifMatch the ETag read, or null
     * @param token   the bearer token, or null
     * @param json    the body, JSON
     * @return the answer
     */
    static HttpResponse<String> post(URI base, String path, String ifMatch, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param response an answer
     * @return its ETag
     */
    static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response));
    }
}
