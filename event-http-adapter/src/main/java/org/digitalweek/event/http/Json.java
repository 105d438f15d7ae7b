package org.digitalweek.event.http;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The JSON bodies of the API, written with Jackson's tree model: every shape is built by hand from
 * the domain's public types, so that no internal record's fields ever reach a response.
 */
final class Json {

    /** The media type of every JSON resource. */
    static final String MEDIA_TYPE = "application/json; charset=utf-8";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** @return the shared mapper, safe for concurrent use */
    static JsonMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param node a tree
     * @return its UTF-8 bytes
     */
    static byte[] bytes(Object node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /**
     * Answers with a JSON body.
     *
     * @param ctx    the request
     * @param status the status
     * @param body   the tree or bytes to send
     */
    static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType(MEDIA_TYPE).result(body instanceof byte[] b ? b : bytes(body));
    }
}
