package org.digitalweek.event.http.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document as a check of replies: given a {@link ApiClient.Reply}, it finds the
 * operation (by path template and method), checks that the status is documented, that the
 * headers the response marks required are there, that the content type is one the response lists,
 * and validates a JSON body against the response's schema with an independent JSON Schema
 * 2020-12 validator (networknt), the document's {@code $ref}s resolved within it. A path no
 * template matches, or a method a path does not have, may only be answered by a 404 or 405
 * problem. {@code HEAD} is checked as {@code GET} without a body, and {@code OPTIONS} on a documented
 * path as a CORS preflight (the document's description says so): a 200 or 204 without a body.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^/}]+}");
    private static final Map<URI, OpenApiContract> SERVED = new ConcurrentHashMap<>();
    private static volatile OpenApiContract lastServed;

    private final JsonNode document;
    private final List<PathTemplate> templates = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A documented path, as a pattern of the paths it matches. */
    private record PathTemplate(String template, Pattern pattern, int parameters) {
    }

    private OpenApiContract(JsonNode document) {
        this.document = document;
        for (String template : document.get("paths").propertyNames()) {
            String regex = TEMPLATE_PARAMETER.splitAsStream(template + "\u0000")
                    .map(literal -> Pattern.quote(literal.replace("\u0000", "")))
                    .reduce((left, right) -> left + "[^/]+" + right).orElseThrow();
            int parameters = (int) TEMPLATE_PARAMETER.matcher(template).results().count();
            templates.add(new PathTemplate(template, Pattern.compile(regex), parameters));
        }
        templates.sort(Comparator.comparingInt(PathTemplate::parameters));
    }

    /**
     * @param document an OpenAPI 3.1 document
     * @return the contract it states
     */
    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /**
     * @param base a server's base address
     * @return the contract that server's {@code /openapi.json} states, read once per server; a server
     *         that serves none (a test's plain server) is held to the last document read
     * @throws AssertionError when no document was ever read
     */
    public static OpenApiContract served(URI base) {
        OpenApiContract contract = SERVED.computeIfAbsent(base, OpenApiContract::fetch);
        if (contract == null) {
            throw new AssertionError("cannot check the replies of " + base + ": it serves no /openapi.json and no "
                    + "other server's document was read before");
        }
        return contract;
    }

    private static OpenApiContract fetch(URI base) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve("openapi.json"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                lastServed = of(JSON.readTree(response.body()));
            }
        } catch (IOException | JacksonException e) {
            // A server without the document is held to the last one read, below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lastServed;
    }

    /** @return the document, as read */
    public JsonNode document() {
        return document;
    }

    /**
     * @param reply an answer of the server
     * @throws AssertionError naming the request, the answer and every way it departs from the document
     */
    public void check(ApiClient.Reply reply) {
        List<String> problems = problems(reply);
        if (!problems.isEmpty()) {
            throw new AssertionError("the reply departs from /openapi.json:\n  - " + String.join("\n  - ", problems)
                    + "\n" + shorten(reply.toString()));
        }
    }

    /**
     * @param reply an answer of the server
     * @return every way it departs from the document; empty when it conforms
     */
    public List<String> problems(ApiClient.Reply reply) {
        String path = pathOf(reply.path());
        Optional<PathTemplate> template = templates.stream().filter(t -> t.pattern().matcher(path).matches())
                .findFirst();
        String method = reply.method().toLowerCase(Locale.ROOT);
        JsonNode operation = template.map(t -> document.get("paths").get(t.template()))
                .map(item -> item.has(method) ? item.get(method) : "head".equals(method) ? item.get("get") : null)
                .orElse(null);
        if (operation == null && "options".equals(method) && template.isPresent()) {
            return preflightProblems(reply, template.get().template());
        }
        if (operation == null) {
            return unroutedProblems(reply, template.map(PathTemplate::template).orElse(null));
        }
        String where = reply.method() + " " + template.get().template();
        JsonNode response = operation.get("responses").get(String.valueOf(reply.status()));
        if (response == null) {
            response = operation.get("responses").get("default");
        }
        if (response == null) {
            return List.of("status " + reply.status() + " is not documented for " + where);
        }
        return responseProblems(reply, where, resolve(response));
    }

    private List<String> preflightProblems(ApiClient.Reply reply, String template) {
        if ((reply.status() == 200 || reply.status() == 204) && reply.body().length == 0) {
            return List.of();
        }
        return unroutedProblems(reply, template);
    }

    private List<String> unroutedProblems(ApiClient.Reply reply, String template) {
        String what = template == null ? "no documented path matches " + pathOf(reply.path())
                : reply.method() + " is not documented on " + template;
        if (reply.status() != 404 && reply.status() != 405) {
            return List.of(what + ", yet the answer is " + reply.status() + " (only a 404 or 405 problem may answer)");
        }
        JsonNode problem = document.get("components").get("responses").get("NotFound");
        return responseProblems(reply, what, problem);
    }

    private List<String> responseProblems(ApiClient.Reply reply, String where, JsonNode response) {
        List<String> problems = new ArrayList<>();
        JsonNode headers = response.path("headers");
        for (String name : headers.propertyNames()) {
            if (resolve(headers.get(name)).path("required").asBoolean(false) && reply.header(name) == null) {
                problems.add("the header " + name + " is required for " + reply.status() + " on " + where);
            }
        }
        JsonNode content = response.get("content");
        boolean bodyless = "HEAD".equalsIgnoreCase(reply.method()) || reply.status() == 304;
        if (content == null || content.isEmpty()) {
            if (reply.body().length > 0 && !bodyless) {
                problems.add("a " + reply.status() + " on " + where + " has no documented body, yet one came");
            }
            return problems;
        }
        String contentType = reply.header("content-type");
        if (contentType == null) {
            if (!bodyless || reply.body().length > 0) {
                problems.add("no Content-Type on a " + reply.status() + " of " + where);
            }
            return problems;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(mediaType);
        if (media == null) {
            problems.add("the media type " + mediaType + " is not documented for " + reply.status() + " on " + where
                    + " (documented: " + content.propertyNames() + ")");
            return problems;
        }
        if (!bodyless && isJson(mediaType) && media.has("schema")) {
            problems.addAll(bodyProblems(reply, where + " " + reply.status() + " " + mediaType, media.get("schema")));
        }
        return problems;
    }

    private List<String> bodyProblems(ApiClient.Reply reply, String where, JsonNode schemaNode) {
        JsonNode body;
        try {
            body = JSON.readTree(reply.body());
        } catch (JacksonException e) {
            return List.of("the body of " + where + " is not JSON: " + e.getOriginalMessage());
        }
        Schema schema = schemas.computeIfAbsent(where, key -> compile(schemaNode));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(body)) {
            problems.add("the body of " + where + " breaks its schema: " + error);
        }
        return problems;
    }

    /** A schema of the document, wrapped so that its {@code #/components/…} references resolve. */
    private Schema compile(JsonNode schemaNode) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", document.get("components"));
        wrapper.putArray("allOf").add(schemaNode);
        return registry.getSchema(wrapper);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        for (int depth = 0; resolved.has("$ref") && depth < 8; depth++) {
            String ref = resolved.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("the document refers outside itself: " + ref);
            }
            resolved = document.at(ref.substring(1));
            if (resolved.isMissingNode()) {
                throw new AssertionError("the document refers to nothing: " + ref);
            }
        }
        return resolved;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String shorten(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
