package org.digitalweek.event.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The JSON HTTP API, serving the domain's use cases to front ends. Start it with the in-ports a
 * composition root hands out; {@link #close()} stops it, letting requests in flight finish.
 *
 * <pre>{@code
 * try (Digitalweek digitalweek = Digitalweek.open("mem:");
 *      HttpApi api = HttpApi.start(HttpSettings.loopback(), digitalweek.programme(),
 *              digitalweek.publication(), digitalweek.documents())) {
 *     URI base = api.address(); // http://127.0.0.1:<port>/
 * }
 * }</pre>
 */
public final class HttpApi implements AutoCloseable {

    /**
     * How long {@link #close()} waits for the requests in flight to finish once it has stopped
     * accepting new ones; a request still running then is cut.
     */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /** The request attribute that carries an unexpected failure to the request log. */
    private static final String FAILURE = "digitalweek.failure";

    private final Javalin server;
    private final HttpSettings settings;

    private HttpApi(Javalin server, HttpSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    /**
     * Starts the server; it is listening when this returns.
     *
     * @param settings    where and how to serve
     * @param programme   the programme's use cases
     * @param publication releases and diffs
     * @param documents   import, export and formats
     * @return the running API
     * @throws IllegalStateException when the address cannot be bound (in use, not allowed)
     */
    public static HttpApi start(HttpSettings settings, ProgrammeUseCases programme, PublicationUseCases publication,
                                DocumentUseCases documents) {
        Objects.requireNonNull(settings, "'settings' must not be null");
        ApiContext api = new ApiContext(programme, publication, documents, settings,
                new Representations(ApiContext.CACHE_BYTES));
        Javalin server = Javalin.create(config -> configure(config, api));
        try {
            server.start(settings.bind(), settings.port());
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException("cannot listen on " + settings.bind() + ":" + settings.port() + ": "
                    + rootMessage(e), e);
        }
        return new HttpApi(server, settings);
    }

    private static void configure(JavalinConfig config, ApiContext api) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.generateEtags = false;
        config.http.maxRequestSize = api.settings().maxBodyBytes();
        config.router.ignoreTrailingSlashes = true;
        config.http.prefer405over404 = true; // a known address asked with another method: 405 and Allow
        // A graceful stop: close() stops accepting, then waits for the requests in flight (Jetty 12 needs the handler).
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.insertHandler(new GracefulHandler());
        });
        config.jetty.addConnector((server, http) -> Connectors.listening(server, http, api.settings()));
        config.requestLogger.http((ctx, millis) -> api.settings().requestLog().accept(logLine(ctx, millis)));
        config.routes.exception(ApiProblem.class, (e, ctx) -> Problems.answer(ctx, e));
        config.routes.exception(DomainException.class, (e, ctx) -> Problems.answer(ctx, e));
        config.routes.exception(InvariantViolationException.class, (e, ctx) -> Problems.answer(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) {
                ctx.header("Allow", allowed.replaceAll("[\\[\\]]", ""));
            }
            Problems.answer(ctx, fromServer(e));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            ctx.attribute(FAILURE, e.getClass().getName() + ": " + e.getMessage());
            Problems.answerUnexpected(ctx);
        });
        config.routes.error(404, ctx -> {
            if (!Problems.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                Problems.answer(ctx, new ApiProblem(404, "not-found",
                        "Aucune ressource à cette adresse ; GET /openapi.json les décrit toutes.",
                        "No resource at this address; GET /openapi.json describes them all."));
            }
        });
        ReadRoutes.register(config.routes, api);
        ExportRoutes.register(config.routes, api);
        FeedRoutes.register(config.routes, api);
        WriteRoutes.register(config.routes, api);
        Cors.register(config.routes, api.settings());
        GuideRoutes.register(config.routes, api);
    }

    private static ApiProblem fromServer(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> new ApiProblem(413, "too-large", "Le corps de la demande dépasse la limite de ce serveur.",
                    "The request body is larger than this server accepts.");
            case 405 -> new ApiProblem(405, "method-not-allowed", "Cette méthode n'est pas permise sur cette ressource.",
                    "This method is not allowed on this resource.");
            case 404 -> new ApiProblem(404, "not-found", "Aucune ressource à cette adresse.",
                    "No resource at this address.");
            default -> new ApiProblem(e.getStatus() >= 500 ? 500 : 400,
                    e.getStatus() >= 500 ? "server-failure" : "invalid-input",
                    "La demande n'a pas pu être traitée.", "The request could not be handled.");
        };
    }

    /**
     * One line per request: method, path (without the query, which may hold names), status and time;
     * for an unexpected failure, what failed, which the client is never told.
     */
    private static String logLine(Context ctx, Float millis) {
        String line = String.format(Locale.ROOT, "%s %s %d %.1f ms", ctx.method(), ctx.path(), ctx.statusCode(),
                millis);
        Object failure = ctx.attribute(FAILURE);
        return failure == null ? line : line + " — " + failure;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** @return the port the server listens on (the one chosen when the settings said 0) */
    public int port() {
        return server.port();
    }

    /** @return the server's base address, ending with a slash */
    public URI address() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /**
     * Stops listening; requests in flight finish first, for up to {@link #STOP_TIMEOUT}. The use cases
     * are not closed: their owner closes them.
     */
    @Override
    public void close() {
        server.stop();
    }
}
