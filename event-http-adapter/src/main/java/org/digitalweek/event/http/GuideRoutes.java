package org.digitalweek.event.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * What documents the API: the OpenAPI document ({@link OpenApiDocument}) and the page of each kind
 * of problem ({@link ProblemPages}). The root page is registered with the feeds.
 */
final class GuideRoutes {

    private GuideRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        routes.get("/openapi.json", GuideRoutes::openApi);
        routes.head("/openapi.json", GuideRoutes::openApi);
        routes.get("/problems/{slug}", GuideRoutes::problemPage);
        routes.head("/problems/{slug}", GuideRoutes::problemPage);
    }

    private static void openApi(Context ctx) {
        OpenApiDocument document = OpenApiDocument.instance();
        if (!Versions.notModified(ctx, document.etag())) {
            Json.send(ctx, 200, document.bytes());
        }
    }

    private static void problemPage(Context ctx) {
        String tag = Languages.tag(ctx);
        byte[] page = ProblemPages.page(ctx.pathParam("slug"), tag).orElseThrow(() -> new ApiProblem(404, "not-found",
                "Aucun type de problème ne porte ce nom ; GET /openapi.json les liste (ProblemSlug).",
                "No kind of problem has this name; GET /openapi.json lists them (ProblemSlug)."));
        ctx.header("Vary", "Accept-Language").status(200).contentType(ProblemPages.MEDIA_TYPE).result(page);
    }
}
