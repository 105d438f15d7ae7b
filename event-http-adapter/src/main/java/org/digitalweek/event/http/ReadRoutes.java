package org.digitalweek.event.http;

import java.util.List;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.port.in.ReleaseQuery;
import org.digitalweek.event.domain.rules.CheckReport;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The read resources: editions, sessions, officials, findings, releases and diffs. Each reads the
 * edition's version first and answers 304 to a client that holds it, before building anything.
 */
final class ReadRoutes {

    private final ApiContext api;
    private final ProgrammeBodies programme;

    private ReadRoutes(ApiContext api) {
        this.api = api;
        this.programme = new ProgrammeBodies(api, new EditionTrees(api));
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        ReadRoutes reads = new ReadRoutes(api);
        ReadHeaders.getAndHead(routes, "/editions", reads::editions);
        ReadHeaders.getAndHead(routes, "/editions/{id}", reads::edition);
        ReadHeaders.getAndHead(routes, "/editions/{id}/sessions", reads.programme::sessions);
        ReadHeaders.getAndHead(routes, "/editions/{id}/sessions/{sid}", reads.programme::session);
        ReadHeaders.getAndHead(routes, "/editions/{id}/officials/{oid}", reads.programme::official);
        ReadHeaders.getAndHead(routes, "/editions/{id}/findings", reads::findings);
        ReadHeaders.getAndHead(routes, "/editions/{id}/releases", reads::releases);
        ReadHeaders.getAndHead(routes, "/editions/{id}/releases/{release}", reads::release);
        ReadHeaders.getAndHead(routes, "/editions/{id}/diff", reads::diff);
    }

    private void editions(Context ctx) {
        List<EditionSummary> summaries = api.programme().editions(EditionQuery.ALL);
        ctx.header("Cache-Control", "no-cache");
        if (!Versions.notModified(ctx, EditionBodies.listEtag(summaries))) {
            Json.send(ctx, 200, EditionBodies.list(summaries));
        }
    }

    /** The canonical JSON by default; any export format an {@code Accept} header prefers; else 406. */
    private void edition(Context ctx) {
        String id = ctx.pathParam("id");
        List<FormatDescription> formats = api.documents().formats();
        String chosen = Negotiation.choose(ctx.header("Accept"), formats)
                .orElseThrow(() -> Negotiation.notAcceptable(formats));
        long version = EditionVersions.current(api, id);
        if (chosen.equals(Negotiation.JSON)) {
            programme.document(ctx, id, version);
        } else {
            ExportBodies.answer(ctx, api, id, chosen, version);
        }
        ctx.header("Vary", "Accept, Accept-Language");
    }

    private void findings(Context ctx) {
        String id = ctx.pathParam("id");
        String tag = Languages.tag(ctx);
        String words = ReadHeaders.wordsVariant(tag);
        long version = EditionVersions.current(api, id);
        ReadHeaders.versioned(ctx, true);
        if (Versions.notModified(ctx, Versions.etag(version, words))) {
            return;
        }
        CachedBodies.Body body = ReadHeaders.building(ctx, () -> CachedBodies.get(api, id, version,
                "findings-" + words, () -> {
                    CheckReport report = api.programme().check(new EditionQueryById(id));
                    return new CachedBodies.Body(version, Json.bytes(FindingBodies.report(id, version, report, tag)));
                }));
        Json.send(ctx, 200, body.bytes());
    }

    private void releases(Context ctx) {
        String id = ctx.pathParam("id");
        long version = EditionVersions.current(api, id);
        ReadHeaders.versioned(ctx, false);
        if (!Versions.notModified(ctx, Versions.etag(version, ""))) {
            Json.send(ctx, 200, EditionBodies.releases(id, version, ReadHeaders.building(ctx,
                    () -> api.publication().releases(new EditionQueryById(id)))));
        }
    }

    /** One release, by number or label: where a publication's {@code Location} leads. */
    private void release(Context ctx) {
        String id = ctx.pathParam("id");
        long version = EditionVersions.current(api, id);
        ReadHeaders.versioned(ctx, false);
        if (!Versions.notModified(ctx, Versions.etag(version, ""))) {
            Release release = ReadHeaders.building(ctx,
                    () -> api.publication().release(new ReleaseQuery(id, ctx.pathParam("release"))));
            Json.send(ctx, 200, EditionBodies.release(id, version, ReleaseSummary.of(release)));
        }
    }

    /** From a release to another, or to the current programme when {@code to} is absent. */
    private void diff(Context ctx) {
        String id = ctx.pathParam("id");
        String from = ctx.queryParam("from");
        String to = blankToNull(ctx.queryParam("to"));
        String tag = Languages.tag(ctx);
        long version = EditionVersions.current(api, id);
        ReadHeaders.versioned(ctx, true);
        if (Versions.notModified(ctx, Versions.etag(version, ReadHeaders.languageVariant(tag)))) {
            return;
        }
        ProgrammeDiff diff = ReadHeaders.building(ctx,
                () -> api.publication().diff(new ReleaseDiffQuery(id, blankToNull(from), to)));
        Json.send(ctx, 200, DiffBodies.diff(id, from, to, diff, tag));
    }

    /** @return the parameter, or null when it is absent or blank (an empty filter filters nothing) */
    static String blankToNull(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }
}
