package org.digitalweek.event.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 document served at {@code /openapi.json}: the hand-written {@code openapi.json}
 * beside this class, completed with the canonical edition schema ({@code edition.schema.json},
 * copied from docs/schema at every build, so the two cannot drift). Each {@code $defs} entry of
 * that schema becomes a component schema of the same name ({@code session}, {@code official}, …),
 * its root becomes {@code EditionDocument}, and {@code EditionResource} is the root with the
 * edition's {@code version} added. The document is built once and served as the same bytes.
 */
final class OpenApiDocument {

    private static final String COMPONENTS = "#/components/schemas/";

    private static final OpenApiDocument INSTANCE = build();

    private final byte[] bytes;
    private final String etag;

    private OpenApiDocument(byte[] bytes) {
        this.bytes = bytes;
        this.etag = "\"oa-" + sha256(bytes).substring(0, 20) + "\"";
    }

    /** @return the document of this API */
    static OpenApiDocument instance() {
        return INSTANCE;
    }

    /** @return the document's UTF-8 JSON */
    byte[] bytes() {
        return bytes.clone();
    }

    /** @return a strong entity tag of the document's content */
    String etag() {
        return etag;
    }

    private static OpenApiDocument build() {
        ObjectNode document = (ObjectNode) read("openapi.json");
        ObjectNode editionSchema = (ObjectNode) read("edition.schema.json");
        ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
        for (Map.Entry<String, JsonNode> definition : editionSchema.get("$defs").properties()) {
            ObjectNode schema = ((ObjectNode) definition.getValue()).deepCopy();
            schema.remove("$id");
            schemas.set(definition.getKey(), inComponents(schema));
        }
        ObjectNode root = editionSchema.deepCopy();
        root.remove(java.util.List.of("$schema", "$id", "$defs"));
        inComponents(root);
        schemas.set("EditionDocument", root);
        schemas.set("EditionResource", withVersion(root));
        return new OpenApiDocument(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
    }

    /** Turns the schema's references by {@code $id} ({@code "session"}) into component references. */
    private static JsonNode inComponents(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().startsWith("#")) {
                object.put("$ref", COMPONENTS + ref.asString());
            }
            for (Iterator<JsonNode> children = object.values().iterator(); children.hasNext(); ) {
                inComponents(children.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiDocument::inComponents);
        }
        return node;
    }

    private static ObjectNode withVersion(ObjectNode root) {
        ObjectNode resource = root.deepCopy();
        resource.put("title", "An edition's public view, with its version");
        resource.put("description", "The canonical JSON document of the edition (EditionDocument) with the "
                + "edition's stored version added; the version is also the response's ETag.");
        ((ObjectNode) resource.get("properties")).putObject("version").put("$ref", COMPONENTS + "Version");
        ((ArrayNode) resource.get("required")).add("version");
        return resource;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the build");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
