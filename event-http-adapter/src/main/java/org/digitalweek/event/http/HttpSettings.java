package org.digitalweek.event.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where and how the API is served.
 *
 * @param bind          the address to listen on, {@code 127.0.0.1} unless the server is meant to be reached from elsewhere
 * @param port          the port, {@code 0} for any free one ({@link HttpApi#port()} tells which)
 * @param readOnly      whether every write is refused with 405, as it is without a token
 * @param token         the bearer token writes must present; without one the API is read-only
 * @param corsOrigins   the origins a browser may call the API from; empty, CORS is off
 * @param maxBodyBytes  the largest request body accepted (413 beyond)
 * @param idleTimeout   how long a connection may stay silent, so that slow clients time out
 * @param requestLog    where the one line per request goes (method, path, status, time; never a token)
 */
public record HttpSettings(String bind, int port, boolean readOnly, Optional<ApiToken> token,
                           List<String> corsOrigins, long maxBodyBytes, Duration idleTimeout,
                           Consumer<String> requestLog) {

    /** The default port of {@code digitalweek serve}. */
    public static final int DEFAULT_PORT = 8080;

    /** The default body limit: the import limit of {@code docs/formats.md}, 64 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;

    /** The default idle timeout of a connection. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** Checks the values and copies the list. */
    public HttpSettings {
        Objects.requireNonNull(bind, "'bind' must not be null");
        Objects.requireNonNull(token, "'token' must not be null");
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "'corsOrigins' must not be null"));
        Objects.requireNonNull(idleTimeout, "'idleTimeout' must not be null");
        Objects.requireNonNull(requestLog, "'requestLog' must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be positive, not " + maxBodyBytes);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
        }
    }

    /**
     * @return the settings of a read-only server on a free loopback port, logging nowhere
     */
    public static HttpSettings loopback() {
        return new HttpSettings("127.0.0.1", 0, true, Optional.empty(), List.of(), DEFAULT_MAX_BODY_BYTES,
                DEFAULT_IDLE_TIMEOUT, line -> { });
    }

    /**
     * @param newPort the port
     * @return these settings on that port
     */
    public HttpSettings withPort(int newPort) {
        return new HttpSettings(bind, newPort, readOnly, token, corsOrigins, maxBodyBytes, idleTimeout, requestLog);
    }

    /**
     * @param newToken the token writes must present
     * @return these settings, writable with that token
     */
    public HttpSettings withToken(ApiToken newToken) {
        return new HttpSettings(bind, port, false, Optional.of(newToken), corsOrigins, maxBodyBytes, idleTimeout,
                requestLog);
    }

    /**
     * @param origins the origins a browser may call from
     * @return these settings with CORS on for those origins
     */
    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(bind, port, readOnly, token, origins, maxBodyBytes, idleTimeout, requestLog);
    }

    /**
     * @param limit the largest body accepted
     * @return these settings with that limit
     */
    public HttpSettings withMaxBodyBytes(long limit) {
        return new HttpSettings(bind, port, readOnly, token, corsOrigins, limit, idleTimeout, requestLog);
    }

    /**
     * @param log where the request lines go
     * @return these settings logging there
     */
    public HttpSettings withRequestLog(Consumer<String> log) {
        return new HttpSettings(bind, port, readOnly, token, corsOrigins, maxBodyBytes, idleTimeout, log);
    }

    /** @return whether writes are possible at all: a token is set and the server is not read-only */
    public boolean writable() {
        return !readOnly && token.isPresent();
    }
}
