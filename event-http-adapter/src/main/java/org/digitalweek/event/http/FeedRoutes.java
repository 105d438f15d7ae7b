package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;

/** The subscriptions: a calendar per person, room or track, and the Atom feed of changes. */
final class FeedRoutes {

    private FeedRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        // Routes come with the next commits.
    }
}
