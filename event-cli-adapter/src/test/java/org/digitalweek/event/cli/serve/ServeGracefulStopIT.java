package org.digitalweek.event.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;

/**
 * SIGTERM while a large answer (the 10k-session edition, about 4 MB) is in flight: the server stops
 * accepting at once, lets the answer finish, whole, then closes the store and exits with 0. The client
 * reads slowly (a small receive buffer, and it stops reading after the headers), so the request is
 * still being answered when the signal comes: its log line, written when the answer is done, comes
 * after the stopping line, and the
 * bytes it receives are those a client that read at once received before.
 */
class ServeGracefulStopIT {

    private static Path store;
    private static String edition;

    @BeforeAll
    static void aStoreWithALargeEdition() throws IOException {
        store = Files.createTempDirectory("digitalweek-serve-large");
        EditionDraft large = GeneratedProgrammes.federatedDraft(10_000);
        edition = large.id();
        try (CompositionRoot root = CompositionRoot.open("file:" + store, Clock.systemUTC(), false)) {
            root.programme().plan(new PlanEditionCommand(large));
        }
    }

    @Test
    void sigtermLetsTheAnswerInFlightFinishThenExitsWithZero() throws Exception {
        try (ServeProcess serve = ServeProcess.start(Map.of(), "--store", "file:" + store, "--port", "0",
                "--lang", "en");
             Socket slow = new Socket()) {
            byte[] whole = Http.getBytes(serve.base(), "editions/" + edition);
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress(serve.base().getHost(), serve.base().getPort()));
            slow.getOutputStream().write(("GET /editions/" + edition + " HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = slow.getInputStream();
            String head = readHead(in);

            serve.stop();
            assertThat(serve.awaitLine("digitalweek: stopping")).as(String.join("\n", serve.errLines())).isTrue();
            assertThat(refusesConnections(serve)).as("no new connection while the answer is in flight").isTrue();
            byte[] body = in.readAllBytes();

            assertThat(head).matches("(?s)HTTP/1\\.[01] 200 .*");
            assertThat(body.length).as("the whole answer's length").isEqualTo(whole.length);
            assertThat(Arrays.equals(body, whole)).as("the same bytes as a client that read at once received").isTrue();
            assertThat(serve.exitCode()).isZero();
            List<String> lines = serve.errLines();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(1)).startsWith("GET /editions/" + edition + " 200 ");
            assertThat(lines.get(2)).isEqualTo("digitalweek: stopping: no new request; those in flight finish");
            assertThat(lines.get(3)).startsWith("GET /editions/" + edition + " 200 ");
        }
    }

    /**
     * The stopping line is printed just before the server closes its connector: waits, within the
     * patience of {@link ServeProcess}, for a connection to be refused.
     *
     * @return whether a connection was refused
     */
    private static boolean refusesConnections(ServeProcess serve) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(ServeProcess.PATIENCE_SECONDS);
        while (System.nanoTime() < end) {
            try (Socket probe = new Socket(serve.base().getHost(), serve.base().getPort())) {
                Thread.sleep(20);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException other) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    /** @return the status line and headers, up to the blank line, the body left unread */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
