package org.digitalweek.event.http;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.in.EditionQueryById;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The subscriptions: a calendar per person, room or track ({@link SubscriptionCalendars}), the
 * Atom feed of releases ({@link AtomFeed}), and the root page that links them ({@link RootPage}).
 * Each body is computed once per edition version and variant, then served from
 * {@link Representations}; its {@code ETag} names that version, so a client revalidates cheaply.
 */
final class FeedRoutes {

    /** Clients may keep a copy but revalidate it with its {@code ETag} before each use. */
    static final String REVALIDATE = "no-cache";

    private FeedRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        SubscriptionCalendars calendars = new SubscriptionCalendars(api);
        AtomFeed feed = new AtomFeed(api);
        RootPage root = new RootPage(api);
        routes.get("/editions/{id}/calendar.ics", calendars::answer);
        routes.head("/editions/{id}/calendar.ics", calendars::answer);
        routes.get("/editions/{id}/changes.atom", feed::answer);
        routes.head("/editions/{id}/changes.atom", feed::answer);
        routes.get("/", root::answer);
        routes.head("/", root::answer);
    }

    /**
     * Sends a body computed for one version: its tag, revalidation and language variance, then the
     * bytes unless the client's copy is current (304).
     *
     * @param ctx       the request
     * @param etag      the body's tag
     * @param mediaType its media type, with its charset
     * @param body      its bytes
     */
    static void send(Context ctx, String etag, String mediaType, byte[] body) {
        ctx.header("Cache-Control", REVALIDATE);
        ctx.header("Vary", "Accept-Language");
        if (Versions.notModified(ctx, etag)) {
            return;
        }
        ctx.contentType(mediaType).result(body);
    }

    /**
     * @param ctx the request
     * @return the language part of a variant: the tag asked for, or {@code default} for the edition's own
     */
    static String languageVariant(Context ctx) {
        String tag = Languages.tag(ctx);
        return tag == null ? "default" : tag;
    }
}
