package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;

/** The writes: import, move, cancel, assign and publish, each behind the token and If-Match. */
final class WriteRoutes {

    private WriteRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        // Routes come with the next commits.
    }
}
