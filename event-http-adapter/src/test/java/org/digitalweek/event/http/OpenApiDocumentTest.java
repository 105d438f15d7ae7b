package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.port.in.FormatDescription;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served {@code /openapi.json}: valid OpenAPI 3.1 for an independent parser, every route of
 * the user page (docs/http-api.md) and no other, every route the running server
 * registers (read from Javalin's router), every parameter, problem, format and
 * write described, the canonical edition schema inside it unchanged.
 */
class OpenApiDocumentTest {

    private static final Path CONTRACT = Path.of("..", "docs", "http-api.md");
    private static final Path EDITION_SCHEMA = Path.of("..", "docs", "schema", "edition.schema.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static TestApi server;
    private static Reply served;
    private static JsonNode document;

    @BeforeAll
    static void serve() {
        server = TestApi.inMemory();
        served = server.client().get("/openapi.json");
        document = served.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void swaggerParserReadsItAsOpenApi31WithoutAMessage() {
        SwaggerParseResult result = parse(served.text());

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
        assertThat(result.getOpenAPI().getPaths()).hasSize(document.get("paths").size());
    }

    @Test
    void swaggerParserDoesReportABrokenDocument() {
        String text = served.text();
        String brokenReference = text.replace("\"#/components/schemas/Problem\"", "\"#/components/schemas/NoSuchSchema\"");
        String parameterNowhere = text.replace("\"in\" : \"path\"", "\"in\" : \"nowhere\"");

        assertThat(brokenReference).isNotEqualTo(text);
        assertThat(parameterNowhere).isNotEqualTo(text);
        assertThat(parse(brokenReference).getMessages()).anySatisfy(m -> assertThat(m).contains("NoSuchSchema"));
        assertThat(parse(parameterNowhere).getMessages()).anySatisfy(m -> assertThat(m).contains("in is not of type"));
    }

    @Test
    void documentsEveryRouteOfTheContractAndNoOther() throws IOException {
        Set<String> contract = new TreeSet<>();
        Matcher route = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/[^`?\\s]*)").matcher(Files.readString(CONTRACT));
        while (route.find()) {
            contract.add(route.group(1) + " " + route.group(2));
        }
        Set<String> documented = new TreeSet<>();
        for (String path : document.get("paths").propertyNames()) {
            for (String method : document.get("paths").get(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        }

        assertThat(contract).hasSizeGreaterThan(15);
        assertThat(documented).isEqualTo(contract);
    }

    @Test
    void documentsExactlyTheRoutesTheRunningServerRegisters() throws ReflectiveOperationException {
        Field field = HttpApi.class.getDeclaredField("server");
        field.setAccessible(true);
        Javalin javalin = (Javalin) field.get(server.api());
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint endpoint : javalin.unsafe.internalRouter.allHttpHandlers()) {
            String method = endpoint.endpoint.method.name().toLowerCase(Locale.ROOT);
            if (METHODS.contains(method) && !"options".equals(method)) {
                registered.add(("head".equals(method) ? "get" : method) + " " + endpoint.endpoint.path);
            }
        }
        Set<String> undocumented = new TreeSet<>();
        for (String route : registered) {
            String[] methodAndPath = route.split(" ", 2);
            if (document.get("paths").path(methodAndPath[1]).get(methodAndPath[0]) == null) {
                undocumented.add(route);
            }
        }

        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(m -> METHODS.contains(m) && !"head".equals(m) && !"options".equals(m))
                .forEach(method -> documented.add(method + " " + path.getKey())));

        assertThat(registered).contains("get /openapi.json", "get /problems/{slug}");
        assertThat(undocumented).isEmpty();
        assertThat(documented).as("every documented route is served").isEqualTo(registered);
    }

    @Test
    void describesEveryParameterWithItsPlaceSchemaAndMeaning() {
        List<String> undescribed = new ArrayList<>();
        forEachOperation((where, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(parameter);
            if (!resolved.has("in") || !resolved.has("schema") || resolved.path("description").asString("").isBlank()) {
                undescribed.add(where + " " + resolved.path("name").asString("?"));
            }
        }));

        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyOperationSaysWhatItAnswersAndEveryWriteNeedsTheTokenAndAVersion() {
        List<String> missing = new ArrayList<>();
        forEachOperation((where, operation) -> {
            JsonNode responses = operation.get("responses");
            if (!responses.has("500")) {
                missing.add(where + " 500");
            }
            responses.properties().forEach(response -> {
                if (resolve(response.getValue()).path("description").asString("").isBlank()) {
                    missing.add(where + " " + response.getKey() + " description");
                }
            });
            if (where.startsWith("POST")) {
                for (String status : List.of("401", "405", "412", "413", "428")) {
                    if (!responses.has(status)) {
                        missing.add(where + " " + status);
                    }
                }
                if (!operation.path("security").toString().contains("bearer")) {
                    missing.add(where + " bearer");
                }
            } else if (where.contains("/editions") && !responses.has("304")) {
                missing.add(where + " 304");
            }
        });

        assertThat(missing).isEmpty();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/responses/Unauthorized/headers/WWW-Authenticate").isMissingNode()).isFalse();
    }

    @Test
    void namesEveryKindOfProblemTheServerAnswers() {
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/ProblemSlug/enum").forEach(slug -> documented.add(slug.asString()));
        Set<String> answered = new TreeSet<>();
        ProblemTitles.slugs().forEach(answered::add);

        assertThat(documented).isEqualTo(answered);
        for (String member : List.of("type", "title", "status", "detail", "violations", "problems", "currentVersion")) {
            assertThat(document.at("/components/schemas/Problem/properties/" + member).isMissingNode()).as(member).isFalse();
        }
    }

    @Test
    void documentsTheMediaTypeOfEveryFormatTheServerExportsAndImports() {
        List<FormatDescription> formats = server.library().documents().formats();
        JsonNode exports = document.at("/paths/~1editions~1{id}~1export~1{format}/get/responses/200/content");
        JsonNode negotiated = document.at("/paths/~1editions~1{id}/get/responses/200/content");
        JsonNode imports = document.at("/paths/~1editions/post/requestBody/content");

        assertThat(formats).isNotEmpty();
        for (FormatDescription format : formats) {
            String mediaType = format.mediaType().split(";")[0].strip();
            if (format.exported()) {
                assertThat(exports.has(mediaType)).as("export " + format.id() + " " + mediaType).isTrue();
                assertThat(negotiated.has(mediaType)).as("negotiated " + format.id() + " " + mediaType).isTrue();
            }
            if (format.imported()) {
                assertThat(imports.has(mediaType)).as("import " + format.id() + " " + mediaType).isTrue();
            }
        }
    }

    @Test
    void holdsTheCanonicalEditionSchemaAsItIsInDocs() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode canonical = json.readTree(Files.readString(EDITION_SCHEMA));
        JsonNode bundled;
        try (var in = OpenApiDocument.class.getResourceAsStream("edition.schema.json")) {
            bundled = json.readTree(in);
        }
        JsonNode schemas = document.at("/components/schemas");

        assertThat(bundled).isEqualTo(canonical);
        canonical.get("$defs").properties().forEach(definition -> {
            JsonNode component = schemas.get(definition.getKey());
            assertThat(component).as(definition.getKey()).isNotNull();
            assertThat(component.get("properties")).as(definition.getKey())
                    .isEqualTo(rewritten(json, definition.getValue().get("properties")));
        });
        assertThat(schemas.at("/EditionResource/required").toString()).contains("\"version\"", "\"edition\"");
        assertThat(schemas.at("/EditionResource/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schemas.at("/SessionList/properties/sessions/items/$ref").asString())
                .isEqualTo("#/components/schemas/session");
        assertThat(schemas.at("/OfficialResource/properties/official/$ref").asString())
                .isEqualTo("#/components/schemas/official");
    }

    @Test
    void isServedAsJsonWithAnEtagOfItsContentAnd304WhenUnchanged() {
        Reply again = server.client().get("/openapi.json", "If-None-Match", served.header("ETag"));
        Reply head = server.client().send("HEAD", "/openapi.json", null);

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.header("ETag")).matches("\"oa-[0-9a-f]{20}\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(served.header("ETag"));
    }

    private static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    private static JsonNode rewritten(JsonMapper json, JsonNode properties) {
        if (properties == null) {
            return null;
        }
        String text = properties.toString().replaceAll("\"\\$ref\":\"([a-z-]+)\"", "\"\\$ref\":\"#/components/schemas/$1\"");
        return json.readTree(text);
    }

    private interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    private static void forEachOperation(OperationVisitor visitor) {
        for (String path : document.get("paths").propertyNames()) {
            JsonNode item = document.get("paths").get(path);
            for (String method : item.propertyNames()) {
                if (METHODS.contains(method)) {
                    visitor.visit(method.toUpperCase(Locale.ROOT) + " " + path, item.get(method));
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asString().substring(1)) : node;
    }
}
