package org.digitalweek.event.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.boot.CompositionRoot;

/**
 * {@code digitalweek serve} run as a user runs it, from the packaged jar in a child process, over the
 * embedded default store (which receives the sample edition): it answers on the port it names,
 * refuses writes without a token or under {@code --read-only}, logs one line per request and never
 * the token, and stops on SIGTERM with exit code 0. Only its own lines reach standard error: no
 * Jetty or Javalin logging.
 */
class ServeCommandIT {

    @TempDir
    Path folder;

    /** The store of DIGITALWEEK_STORE, which starts empty: given the sample edition here, in-process. */
    private Map<String, String> defaultStore(Map<String, String> more) {
        Map<String, String> environment = new java.util.HashMap<>(more);
        String store = "file:" + folder.resolve("store");
        try (CompositionRoot root = CompositionRoot.open(store, Clock.systemUTC(), false)) {
            if (root.programme().holdsNoEdition()) {
                root.addSample("snm-2026");
            }
        }
        environment.put("DIGITALWEEK_STORE", store);
        return environment;
    }

    @Test
    void withoutATokenItServesReadOnlyLogsEachRequestAndStopsOnSigtermWithZero() throws Exception {
        try (ServeProcess serve = ServeProcess.start(defaultStore(Map.of()), "--port", "0", "--lang", "en")) {
            assertThat(serve.base()).as("start line: " + serve.errLines()).isNotNull();

            HttpResponse<String> editions = Http.get(serve.base(), "editions");
            HttpResponse<String> write = Http.post(serve.base(), "editions/snm-2026/releases", "\"1\"", Http.TOKEN, "{}");
            serve.stop();

            assertThat(editions.statusCode()).isEqualTo(200);
            assertThat(editions.body()).contains("\"id\":\"snm-2026\"");
            assertThat(write.statusCode()).as(write.body()).isEqualTo(405);
            assertThat(write.body()).contains("/problems/read-only");
            assertThat(serve.exitCode()).as(String.join("\n", serve.errLines())).isZero();
            assertThat(serve.errLines()).containsExactly(
                    "digitalweek: serving " + serve.base() + " on the store file:" + folder.resolve("store")
                            + ", read-only: no token (--token-file or DIGITALWEEK_API_TOKEN); Ctrl-C to stop",
                    requestLine(serve, 0, "GET /editions 200 "),
                    requestLine(serve, 1, "POST /editions/snm-2026/releases 405 "),
                    "digitalweek: stopping: no new request; those in flight finish");
        }
    }

    @Test
    void withATokenFileWritesNeedTheTokenWhichNoLineShows() throws Exception {
        Path token = Files.writeString(folder.resolve("token"), Http.TOKEN + "\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));

        try (ServeProcess serve = ServeProcess.start(defaultStore(Map.of()), "--port", "0", "--token-file",
                token.toString())) {
            HttpResponse<String> read = Http.get(serve.base(), "editions/snm-2026");
            HttpResponse<String> anonymous = Http.post(serve.base(), "editions/snm-2026/releases", Http.etag(read), null,
                    "{}");
            HttpResponse<String> published = Http.post(serve.base(), "editions/snm-2026/releases", Http.etag(read),
                    Http.TOKEN, "{\"label\":\"v1\"}");
            serve.stop();

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            assertThat(serve.exitCode()).isZero();
            assertThat(serve.errLines().get(0)).startsWith("digitalweek: sert http://127.0.0.1:")
                    .endsWith("écritures permises avec le jeton ; Ctrl-C pour arrêter");
            assertThat(String.join("\n", serve.errLines())).doesNotContain(Http.TOKEN).doesNotContain("Bearer");
        }
    }

    @Test
    void readOnlyRefusesWritesEvenWithTheTokenOfTheEnvironment() throws Exception {
        try (ServeProcess serve = ServeProcess.start(defaultStore(Map.of("DIGITALWEEK_API_TOKEN", Http.TOKEN)),
                "--port", "0", "--read-only", "--lang", "en")) {
            HttpResponse<String> read = Http.get(serve.base(), "editions/snm-2026");
            HttpResponse<String> write = Http.post(serve.base(), "editions/snm-2026/releases", Http.etag(read),
                    Http.TOKEN, "{}");
            serve.stop();

            assertThat(write.statusCode()).isEqualTo(405);
            assertThat(write.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertThat(serve.exitCode()).isZero();
            assertThat(serve.errLines().get(0)).contains("read-only (--read-only)");
            assertThat(String.join("\n", serve.errLines())).doesNotContain(Http.TOKEN);
        }
    }

    @Test
    void aTokenFileOthersMayReadIsServedWithAWarning() throws Exception {
        Path token = Files.writeString(folder.resolve("token"), Http.TOKEN);
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));

        try (ServeProcess serve = ServeProcess.start(defaultStore(Map.of()), "--port", "0", "--token-file",
                token.toString(), "--lang", "en")) {
            serve.stop();

            assertThat(serve.exitCode()).isZero();
            assertThat(serve.errLines().get(0)).isEqualTo("digitalweek: warning: other users may read " + token
                    + " (chmod 600 " + token + ")");
            assertThat(serve.errLines().get(1)).contains("writes allowed with the token");
        }
    }

    @Test
    void anAddressInUseIsOneLineAndExitCodeThreeWithoutServerLogging() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServeProcess serve = ServeProcess.start(defaultStore(Map.of()), "--port",
                     String.valueOf(taken.getLocalPort()), "--lang", "en")) {
            assertThat(serve.exitCode()).isEqualTo(3);
            assertThat(serve.errLines()).containsExactly("digitalweek: cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ": the address is in use or not allowed (--port or --bind choose another)");
        }
    }

    /** The request line at an index, checked to start as expected and end with a time in milliseconds. */
    private static String requestLine(ServeProcess serve, int request, String start) throws IOException {
        String line = serve.errLines().get(1 + request);
        assertThat(line).startsWith(start).matches(".* \\d+\\.\\d ms");
        return line;
    }
}
