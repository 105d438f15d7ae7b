package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;

/** Every export format of an edition, by path and by content negotiation, cached by version. */
final class ExportRoutes {

    private ExportRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        // Routes come with the next commits.
    }
}
