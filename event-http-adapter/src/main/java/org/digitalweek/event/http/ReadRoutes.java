package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;

/** The read resources: editions, sessions, officials, findings, releases and diffs. */
final class ReadRoutes {

    private ReadRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        // Routes come with the next commits.
    }
}
