package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;

/** What documents the API: the OpenAPI document, the root page and the problem pages. */
final class GuideRoutes {

    private GuideRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        // Routes come with the next commits.
    }
}
