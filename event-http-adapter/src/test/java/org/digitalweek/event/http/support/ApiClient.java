package org.digitalweek.event.http.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client on the server under test (the JDK's {@link HttpClient}), so that every test
 * goes through sockets, headers and status codes as a front end does. Every reply is checked
 * against the server's {@code /openapi.json} ({@link OpenApiContract}): a reply the document does
 * not describe fails the test that received it. {@link #unchecked()} gives a client that does not
 * check, for the tests of the check itself.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final boolean checked;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param base the server's base address, ending with a slash */
    public ApiClient(URI base) {
        this(base, true);
    }

    private ApiClient(URI base, boolean checked) {
        this.base = base;
        this.checked = checked;
    }

    /** @return a client of the same server that does not check replies against the OpenAPI document */
    public ApiClient unchecked() {
        return new ApiClient(base, false);
    }

    /** @return the server's base address */
    public URI base() {
        return base;
    }

    /**
     * @param path    the path and query, starting with a slash
     * @param headers header names and values, alternately
     * @return the answer
     */
    public Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /**
     * @param method  the method
     * @param path    the path and query, starting with a slash
     * @param body    the body, or null for none
     * @param headers header names and values, alternately
     * @return the answer
     */
    public Reply send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(method, path, response.statusCode(), response.headers().map(), response.body());
            if (checked) {
                OpenApiContract.served(base).check(reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /**
     * One answer.
     *
     * @param method  the request's method
     * @param path    the request's path and query
     * @param status  the status
     * @param headers the headers, names in lower case
     * @param body    the body
     */
    public record Reply(String method, String path, int status, Map<String, java.util.List<String>> headers,
                        byte[] body) {

        /**
         * @param name a header name, in any case
         * @return its first value, or null
         */
        public String header(String name) {
            var values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** @return the body as UTF-8 text */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return the body read as JSON */
        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return method + " " + path + " → " + status + " " + header("content-type") + "\n" + text();
        }
    }
}
