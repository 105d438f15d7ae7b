package org.digitalweek.event.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;
import org.digitalweek.event.domain.port.in.SessionSelection;

import io.javalin.http.Context;

/**
 * {@code GET /editions/{id}/calendar.ics?person=&room=&track=}: the iCalendar export of the
 * sessions the filters select, for a phone to subscribe to. The domain restricts the edition and
 * names the calendar ({@link ExportQuery#selection()}); this class only reads the query and serves
 * the bytes, cached by version, selection and language. An unknown person, room or track is the
 * domain's 404, an id that is not one its 400.
 */
final class SubscriptionCalendars {

    /** The format the calendars are written in. */
    static final String FORMAT = "ics";
    /** Their media type. */
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final ApiContext api;

    SubscriptionCalendars(ApiContext api) {
        this.api = api;
    }

    void answer(Context ctx) {
        String editionId = ctx.pathParam("id");
        SessionSelection selection = new SessionSelection(ctx.queryParam("room"), ctx.queryParam("track"),
                ctx.queryParam("person"));
        String tag = Languages.tag(ctx);
        long version = EditionVersions.current(api, editionId);
        String variant = FORMAT + "-" + filter(selection) + "-" + FeedRoutes.languageVariant(ctx);
        CachedBodies.Body calendar = CachedBodies.get(api, editionId, version, variant, () -> {
            ExportedDocument document;
            try {
                document = api.documents().export(new ExportQuery(editionId, FORMAT, tag, selection));
            } catch (InvalidInputException refused) {
                throw FilterParameters.named(refused);
            }
            return new CachedBodies.Body(document.version(), document.bytes());
        });
        ctx.header("Content-Disposition", "inline; filename=\"" + editionId + ".ics\"");
        FeedRoutes.send(ctx, Versions.etag(calendar.version(), variant), MEDIA_TYPE, calendar.bytes());
    }

    /**
     * @return {@code all}, or a short digest of the filters: ids may hold characters a header must
     *         not, and they are only checked when the calendar is built
     */
    static String filter(SessionSelection selection) {
        if (selection.isAll()) {
            return "all";
        }
        String key = given(selection.personId()) + given(selection.roomId()) + given(selection.trackId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A filter as a part of the key that no other filter, given or absent, shares. */
    private static String given(String id) {
        return id == null ? "\u0000" : "=" + id + "\u0000";
    }
}
