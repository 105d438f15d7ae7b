package org.digitalweek.event.http;

import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.port.in.AssignParticipantCommand;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writes: import, move, cancel, assign and publish. Each passes {@link WriteGuard} (token, then
 * read-only, then media type), names the version it read in {@code If-Match} ({@link
 * Versions#expected}), and answers the new version as the {@code ETag} with the findings the change
 * caused and resolved. A stale version is the domain's refusal, answered 412 with the current one.
 */
final class WriteRoutes {

    private WriteRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        routes.post("/editions", ctx -> EditionImports.answer(ctx, api));
        routes.post("/editions/{id}/sessions/{sid}/move", ctx -> move(ctx, api));
        routes.post("/editions/{id}/sessions/{sid}/cancel", ctx -> cancel(ctx, api));
        routes.post("/editions/{id}/sessions/{sid}/participants", ctx -> assign(ctx, api));
        routes.post("/editions/{id}/releases", ctx -> publish(ctx, api));
    }

    private static void move(Context ctx, ApiContext api) {
        WriteGuard.admit(ctx, api.settings());
        WriteGuard.requireJson(ctx);
        long expected = Versions.expected(ctx);
        WriteBodies.Move move = WriteBodies.move(BodyLimits.read(ctx, api.settings().maxBodyBytes()));
        answer(ctx, api.programme().move(new MoveSessionCommand(ctx.pathParam("id"), expected, ctx.pathParam("sid"),
                move.slot(), move.room())));
    }

    private static void cancel(Context ctx, ApiContext api) {
        WriteGuard.admit(ctx, api.settings());
        byte[] body = BodyLimits.read(ctx, api.settings().maxBodyBytes());
        long expected = Versions.expected(ctx);
        WriteBodies.nothing(body);
        answer(ctx, api.programme().cancel(new CancelSessionCommand(ctx.pathParam("id"), expected,
                ctx.pathParam("sid"))));
    }

    private static void assign(Context ctx, ApiContext api) {
        WriteGuard.admit(ctx, api.settings());
        WriteGuard.requireJson(ctx);
        long expected = Versions.expected(ctx);
        ParticipantDraft participant = WriteBodies.participant(BodyLimits.read(ctx, api.settings().maxBodyBytes()));
        answer(ctx, api.programme().assign(new AssignParticipantCommand(ctx.pathParam("id"), expected,
                ctx.pathParam("sid"), participant)));
    }

    private static void publish(Context ctx, ApiContext api) {
        WriteGuard.admit(ctx, api.settings());
        byte[] body = bodyIfAny(ctx, api);
        long expected = Versions.expected(ctx);
        String label = WriteBodies.releaseLabel(body);
        // A programme with errors is refused by the domain: a 409 whose detail lists them (Problems).
        Release release = api.publication().publish(new PublishEditionCommand(ctx.pathParam("id"), expected, label));
        long version = release.programme().version();
        String edition = release.edition().value();
        ctx.header("ETag", Versions.etag(version, ""));
        ctx.header("Location", "/editions/" + edition + "/releases/" + release.number());
        Json.send(ctx, 201, EditionBodies.release(edition, version, ReleaseSummary.of(release)));
    }

    /**
     * Reads the optional body of a write that takes none or a small JSON object: when there is one,
     * it must say it is JSON.
     */
    private static byte[] bodyIfAny(Context ctx, ApiContext api) {
        byte[] body = BodyLimits.read(ctx, api.settings().maxBodyBytes());
        if (!WriteBodies.blank(body)) {
            WriteGuard.requireJson(ctx);
        }
        return body;
    }

    private static void answer(Context ctx, ChangeOutcome outcome) {
        String tag = Languages.tag(ctx);
        ObjectNode body = Json.object();
        body.put("edition", outcome.edition().id().value());
        body.put("version", outcome.version());
        body.set("caused", FindingBodies.array(outcome.caused(), tag));
        body.set("resolved", FindingBodies.array(outcome.resolved(), tag));
        ctx.header("ETag", Versions.etag(outcome.version(), ""));
        ctx.header("Vary", "Accept-Language");
        Json.send(ctx, 200, body);
    }
}
