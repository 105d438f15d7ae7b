package org.digitalweek.event.http;

import java.util.List;

import org.digitalweek.event.domain.port.in.FormatDescription;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every export format of an edition, by path and by content negotiation, cached by version; and the list of formats. */
final class ExportRoutes {

    private ExportRoutes() {
    }

    /**
     * @param routes where the routes are added
     * @param api    what they share
     */
    static void register(RoutesConfig routes, ApiContext api) {
        ReadHeaders.getAndHead(routes, "/editions/{id}/export/{format}", ctx -> export(ctx, api));
        ReadHeaders.getAndHead(routes, "/formats", ctx -> formats(ctx, api));
    }

    private static void export(Context ctx, ApiContext api) {
        String id = ctx.pathParam("id");
        long version = EditionVersions.current(api, id);
        ExportBodies.answer(ctx, api, id, ctx.pathParam("format"), version);
    }

    private static void formats(Context ctx, ApiContext api) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("formats");
        List<FormatDescription> formats = api.documents().formats();
        for (FormatDescription format : formats) {
            list.addObject().put("id", format.id()).put("mediaType", format.mediaType())
                    .put("exported", format.exported()).put("imported", format.imported());
        }
        byte[] bytes = Json.bytes(body);
        if (!Versions.notModified(ctx, "\"f-" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"")) {
            Json.send(ctx, 200, bytes);
        }
    }
}
