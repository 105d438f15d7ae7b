package org.digitalweek.event.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.boot.CompositionRoot;

/**
 * Scale-out (issue 19): two {@code serve} processes over one PostgreSQL store, as two machines
 * behind a load balancer. 8 clients move the opening ceremony of the sample edition, each request
 * to the other server than the last, with the version last seen and a slot of their own; after a
 * 412 they read the current version and try again. Afterwards every accepted move holds a version
 * of its own, without gaps, the stored version counts them all, the stored slot is the last
 * accepted one and every other answer was 412: no update lost across processes. After every
 * accepted write on one server, a read on the other answers that version or a newer one; and a
 * write on A then a read on B, alone, returns exactly the new version and slot. The system property
 * {@code digitalweek.serve.scaleout.moves} sets the moves per client.
 */
class ServeScaleOutIT {

    private static final int CLIENTS = 8;
    private static final int DEFAULT_MOVES = 25;
    private static final String EDITION = "editions/snm-2026";
    private static final String SESSION = "ceremonie-de-lancement";
    private static final String MOVE = EDITION + "/sessions/" + SESSION + "/move";
    private static final LocalDateTime FIRST = LocalDateTime.parse("2026-01-29T00:00");
    private static final Pattern SLOT_START = Pattern.compile("\"slot\"\\s*:\\s*\\{\"start\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CURRENT_VERSION = Pattern.compile("\"currentVersion\"\\s*:\\s*(\\d+)");

    /** A move a server accepted: the version it answered and the slot it stored. */
    private record Accepted(long version, LocalDateTime start) {
    }

    /** What one client saw. */
    private record Tally(List<Accepted> accepted, int refused, List<String> unexpected) {
    }

    @Test
    void twoServersOnOneStoreLoseNoUpdateAndEachSeesTheOthersWrites() throws Exception {
        String store = ServePostgres.freshStoreUri();
        try (CompositionRoot seeding = CompositionRoot.open(store, Clock.systemUTC(), true)) {
            assertThat(seeding.programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL)).isNotEmpty();
        }
        Map<String, String> token = Map.of("DIGITALWEEK_API_TOKEN", Http.TOKEN);
        int moves = Integer.getInteger("digitalweek.serve.scaleout.moves", DEFAULT_MOVES);
        try (ServeProcess a = ServeProcess.start(token, "--store", store, "--port", "0");
             ServeProcess b = ServeProcess.start(token, "--store", store, "--port", "0")) {
            URI[] servers = {a.base(), b.base()};
            assertThat(servers).as(a.errLines() + " " + b.errLines()).doesNotContainNull();
            long initial = version(Http.get(a.base(), EDITION));

            List<Tally> tallies = runClients(servers, moves, initial);

            List<Accepted> accepted = tallies.stream().flatMap(t -> t.accepted().stream())
                    .sorted(Comparator.comparingLong(Accepted::version)).toList();
            int refused = tallies.stream().mapToInt(Tally::refused).sum();
            System.out.printf("two servers, %d clients × %d moves: %d accepted, %d refused with 412%n", CLIENTS, moves,
                    accepted.size(), refused);
            assertThat(tallies.stream().flatMap(t -> t.unexpected().stream()))
                    .as("answers other than 200 and 412, or a read behind a write").isEmpty();
            assertThat(accepted).extracting(Accepted::version).as("one version per accepted move, none skipped")
                    .containsExactlyElementsOf(LongStream.rangeClosed(initial + 1, initial + (long) CLIENTS * moves)
                            .boxed().toList());
            for (URI server : servers) {
                assertThat(version(Http.get(server, EDITION))).isEqualTo(initial + (long) CLIENTS * moves);
                assertThat(storedStart(Http.get(server, EDITION + "/sessions/" + SESSION)))
                        .as("the last accepted move is the one stored").isEqualTo(accepted.get(accepted.size() - 1).start());
            }

            aWriteOnAIsReadOnB(a.base(), b.base());
            a.stop();
            b.stop();
            assertThat(a.exitCode()).isZero();
            assertThat(b.exitCode()).isZero();
        }
    }

    private static void aWriteOnAIsReadOnB(URI a, URI b) throws Exception {
        HttpResponse<String> seenOnB = Http.get(b, EDITION);
        LocalDateTime start = LocalDateTime.parse("2026-01-29T16:45");
        HttpResponse<String> written = Http.post(a, MOVE, Http.etag(seenOnB), Http.TOKEN, slot(start));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

        HttpResponse<String> readOnB = Http.get(b, EDITION + "/sessions/" + SESSION);

        assertThat(Http.etag(written)).isEqualTo("\"" + (version(seenOnB) + 1) + "\"");
        assertThat(readOnB.body()).contains("\"version\":" + (version(seenOnB) + 1));
        assertThat(storedStart(readOnB)).isEqualTo(start);
    }

    private static List<Tally> runClients(URI[] servers, int moves, long initial) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Tally>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> run(servers, client, moves, initial)));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> client : clients) {
                tallies.add(client.get());
            }
            return tallies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: each request to the other server than its last one. */
    private static Tally run(URI[] servers, int number, int moves, long initial) throws Exception {
        List<Accepted> accepted = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int refused = 0;
        int requests = number; // clients start on different servers
        long known = initial;
        for (int m = 0; m < moves && unexpected.isEmpty(); m++) {
            LocalDateTime start = FIRST.plusMinutes((long) number * moves + m);
            while (unexpected.isEmpty()) {
                URI server = servers[requests++ % 2];
                HttpResponse<String> reply = Http.post(server, MOVE, "\"" + known + "\"", Http.TOKEN, slot(start));
                if (reply.statusCode() == 200) {
                    known = version(reply);
                    accepted.add(new Accepted(known, start));
                    long seenOnOther = version(Http.get(servers[requests % 2], EDITION));
                    if (seenOnOther < known) {
                        unexpected.add("version " + known + " written, the other server read " + seenOnOther);
                    }
                    break;
                }
                if (reply.statusCode() != 412) {
                    unexpected.add(reply.statusCode() + " " + reply.body());
                    break;
                }
                refused++;
                Matcher current = CURRENT_VERSION.matcher(reply.body());
                if (!current.find()) {
                    unexpected.add("a 412 without its current version: " + reply.body());
                    break;
                }
                known = Long.parseLong(current.group(1));
            }
        }
        return new Tally(accepted, refused, unexpected);
    }

    /** @return the start of the session a read answered */
    private static LocalDateTime storedStart(HttpResponse<String> session) {
        Matcher start = SLOT_START.matcher(session.body());
        assertThat(start.find()).as(session.body()).isTrue();
        return LocalDateTime.parse(start.group(1));
    }

    private static String slot(LocalDateTime start) {
        return "{\"start\":\"" + start + "\",\"end\":\"" + start.plusMinutes(30) + "\"}";
    }

    /** @return the version a read or write answered, from its strong ETag {@code "n"} */
    private static long version(HttpResponse<String> response) {
        String etag = Http.etag(response);
        assertThat(etag).matches("\"\\d+\"");
        return Long.parseLong(etag.substring(1, etag.length() - 1));
    }
}
