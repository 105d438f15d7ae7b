package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Writes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: 8 clients each make {@value #DEFAULT_MOVES} moves of one session through HTTP, each
 * with the version it last saw, retrying with the current version after every 412. Afterwards
 * every accepted move holds a version of its own, the versions run without a gap from the initial
 * one, the stored version is the initial one plus the moves accepted, the stored slot is the one
 * of the last accepted move, and every other answer was 412: no update is lost. The system
 * property {@code digitalweek.http.concurrency.moves} sets the moves per client.
 */
class ConcurrentMovesTest {

    private static final int CLIENTS = 8;
    private static final int DEFAULT_MOVES = 200;
    private static final LocalDateTime FIRST = LocalDateTime.parse("2026-01-29T00:00");

    /** A move the server accepted: the version it answered and the slot it stored. */
    private record Accepted(long version, LocalDateTime start) {
    }

    /** What one client saw. */
    private record Tally(List<Accepted> accepted, int refused, List<String> unexpected) {
    }

    static Stream<String> stores() {
        return Stream.of("memory", "postgres");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void conflicting_moves_from_eight_clients_are_each_stored_or_refused_with_412(String store) throws Exception {
        int moves = Integer.getInteger("digitalweek.http.concurrency.moves", DEFAULT_MOVES);
        try (TestApi server = WriteRoutesMoveTest.open(store)) {
            long initial = Writes.version(server);
            List<Tally> tallies = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<Tally>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> run(new ApiClient(server.client().base()), client, moves, initial)));
                }
                for (Future<Tally> client : clients) {
                    tallies.add(client.get());
                }
            } finally {
                pool.shutdownNow();
            }

            List<Accepted> accepted = tallies.stream().flatMap(t -> t.accepted().stream())
                    .sorted(Comparator.comparingLong(Accepted::version)).toList();
            int refused = tallies.stream().mapToInt(Tally::refused).sum();
            System.out.printf("%s: %d clients × %d moves: %d accepted, %d refused with 412%n", store, CLIENTS, moves,
                    accepted.size(), refused);
            assertThat(tallies.stream().flatMap(t -> t.unexpected().stream())).as("answers other than 200 and 412")
                    .isEmpty();
            assertThat(accepted).hasSize(CLIENTS * moves);
            assertThat(accepted).extracting(Accepted::version).as("one version per accepted move, none skipped")
                    .containsExactlyElementsOf(LongStream.rangeClosed(initial + 1, initial + CLIENTS * moves).boxed()
                            .toList());
            assertThat(Writes.version(server)).isEqualTo(initial + CLIENTS * moves);
            Session stored = WriteRoutesMoveTest.session(server, Writes.CEREMONY);
            assertThat(stored.slot().start()).as("the last accepted move is the one stored")
                    .isEqualTo(accepted.get(accepted.size() - 1).start());
        }
    }

    private static Tally run(ApiClient client, int number, int moves, long initial) {
        List<Accepted> accepted = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int refused = 0;
        long known = initial;
        for (int m = 0; m < moves && unexpected.isEmpty(); m++) {
            LocalDateTime start = FIRST.plusMinutes((long) number * moves + m);
            String body = Writes.slot(start.toString(), start.plusMinutes(30).toString(), null);
            while (true) {
                Reply reply = Writes.move(client, Writes.CEREMONY, known, body);
                if (reply.status() == 200) {
                    known = Writes.etagVersion(reply);
                    accepted.add(new Accepted(known, start));
                    break;
                }
                if (reply.status() != 412) {
                    unexpected.add(reply.toString());
                    break;
                }
                refused++;
                known = reply.json().get("currentVersion").asLong();
                if (Writes.etagVersion(reply) != known) {
                    unexpected.add("the ETag of a 412 is not its current version: " + reply);
                    break;
                }
            }
        }
        return new Tally(accepted, refused, unexpected);
    }
}
