package org.digitalweek.event.benchmarks.http;

import java.util.Map;

import io.javalin.Javalin;

/**
 * The limit of the HTTP benchmark: a plain Javalin on the same Jetty, configured as the API is (no
 * banner, no generated ETags), that answers each path with bytes fixed in advance. Whatever the API
 * does beyond this (finding the version, the cache, the filters) is what the comparison measures.
 */
final class ConstantServer implements AutoCloseable {

    private final Javalin server;

    /**
     * @param bodies     the body of each path
     * @param mediaType  their media type
     */
    ConstantServer(Map<String, byte[]> bodies, String mediaType) {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.generateEtags = false;
            bodies.forEach((path, body) -> config.routes.get(path, ctx -> ctx.contentType(mediaType).result(body)));
        });
        server.start("127.0.0.1", 0);
    }

    /** @return the port it listens on */
    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
