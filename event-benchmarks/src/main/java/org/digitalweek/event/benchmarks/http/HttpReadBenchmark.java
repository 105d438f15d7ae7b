package org.digitalweek.event.benchmarks.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.fixtures.GeneratedProgrammes;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.http.HttpApi;
import org.digitalweek.event.http.HttpSettings;

/**
 * The load benchmark of the HTTP API (issue 19): {@value #CLIENTS} client threads, each with its own
 * connection pool, read {@code GET /editions/{id}} and {@code GET /editions/{id}/sessions?day=} of the
 * 10k-session federated week on the in-memory store, beside a plain Javalin answering the very same
 * bytes as constants (the limit). Times are per request and per thread; with the same threads, the
 * ratio of times is the inverse of the ratio of requests per second, so a time at most twice the
 * limit's is at least half its requests per second, the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(HttpReadBenchmark.CLIENTS)
public class HttpReadBenchmark {

    /** The concurrent clients. */
    static final int CLIENTS = 4;

    /** How many sessions the programme has. */
    @Param({"10000"})
    public int sessions;

    private Digitalweek library;
    private HttpApi api;
    private ConstantServer constant;
    private URI edition;
    private URI sessionsOfADay;
    private URI editionLimit;
    private URI sessionsLimit;

    /** One client per thread, as separate front ends are. */
    @State(Scope.Thread)
    public static class Client {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Plans the edition, starts the API and, with the bodies it answers, the limit.
     *
     * @throws Exception when a server cannot start or answer
     */
    @Setup(Level.Trial)
    public void start() throws Exception {
        EditionDraft draft = GeneratedProgrammes.federatedDraft(sessions);
        library = Digitalweek.builder().store("mem:").clock(Clock.systemUTC())
                .classLoader(HttpReadBenchmark.class.getClassLoader()).build();
        library.programme().plan(new PlanEditionCommand(draft));
        api = HttpApi.start(HttpSettings.loopback(), library.programme(), library.publication(), library.documents());
        LocalDate secondDay = draft.startDate().plusDays(1);
        edition = api.address().resolve("editions/" + draft.id());
        sessionsOfADay = api.address().resolve("editions/" + draft.id() + "/sessions?day=" + secondDay);
        HttpClient warm = HttpClient.newHttpClient();
        constant = new ConstantServer(Map.of("/edition", get(warm, edition), "/sessions", get(warm, sessionsOfADay)),
                "application/json; charset=utf-8");
        editionLimit = URI.create("http://127.0.0.1:" + constant.port() + "/edition");
        sessionsLimit = URI.create("http://127.0.0.1:" + constant.port() + "/sessions");
    }

    /** Stops both servers and closes the store. */
    @TearDown(Level.Trial)
    public void stop() {
        constant.close();
        api.close();
        library.close();
    }

    /** @return the body of {@code GET /editions/{id}} */
    @Benchmark
    public byte[] edition(Client client) throws IOException, InterruptedException {
        return get(client.http, edition);
    }

    /** @return the same bytes from the constant route: the limit */
    @Benchmark
    public byte[] editionLimit(Client client) throws IOException, InterruptedException {
        return get(client.http, editionLimit);
    }

    /** @return the body of {@code GET /editions/{id}/sessions?day=} (the second day) */
    @Benchmark
    public byte[] sessionsOfADay(Client client) throws IOException, InterruptedException {
        return get(client.http, sessionsOfADay);
    }

    /** @return the same bytes from the constant route: the limit */
    @Benchmark
    public byte[] sessionsLimit(Client client) throws IOException, InterruptedException {
        return get(client.http, sessionsLimit);
    }

    private static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
