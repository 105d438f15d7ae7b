package org.digitalweek.event.export.jsonread;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * Reads a whole JSON document into a tree, for importers that map a tree rather than bind records.
 * What makes the text unreadable (not UTF-8, not well-formed, over a limit, a repeated property,
 * something after the document, a root that is not an object) fails at once with the line, the
 * column and the JSON pointer; what is wrong inside a well-formed tree is the importer's to report,
 * at the lines the tree's nodes start on ({@link NodeLines}). Lines are counted as editors count them
 * ({@link LineBreaks}).
 */
public final class JsonTrees {

    private static final JsonMapper USUAL = JsonMapper.builder(ReadLimits.SCHEDULE.jsonFactory()).build();

    private final ReadLimits limits;
    private final JsonMapper mapper;

    /** @param limits the limits the parser enforces */
    public JsonTrees(ReadLimits limits) {
        this.limits = limits;
        this.mapper = limits.equals(ReadLimits.SCHEDULE) ? USUAL : JsonMapper.builder(limits.jsonFactory()).build();
    }

    /**
     * A document's root object and the line of each of its objects, arrays and strings.
     *
     * @param root  the root object
     * @param lines where its nodes start
     */
    public record Located(JsonNode root, NodeLines lines) {
    }

    /**
     * @param in          the document; read to its end and left open
     * @param source      the document's name, for messages
     * @param expectation what the root must be, for messages, e.g. {@code a JSON object with "schedule"}
     * @return the root object, and the lines its nodes start on, as editors count lines
     * @throws UnreadableDocumentException when the text cannot be read, or its root is not an object;
     *                                     its place counts lines as editors do
     * @throws IOException                 when {@code in} fails
     */
    public Located readLocated(InputStream in, String source, String expectation) throws IOException {
        LineBreaks breaks = new LineBreaks();
        Reader text;
        try {
            text = breaks.counting(Utf8Text.strict(in));
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(source, DocumentPlace.line(1, 1), ReadFailures.NOT_UTF8_FR,
                    ReadFailures.NOT_UTF8);
        }
        NodeLines lines = new NodeLines(breaks);
        try (JsonParser parser = mapper.createParser(text)) {
            lines.readBy(parser);
            ReadFailures failures = new ReadFailures(source, limits, parser, breaks);
            try {
                return new Located(root(parser, failures, expectation, lines), lines);
            } catch (JacksonException e) {
                throw failures.fromReading(e);
            }
        }
    }

    private JsonNode root(JsonParser parser, ReadFailures failures, String expectation, NodeLines lines) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw failures.atRoot(parser.currentLocation(), "document vide : attendu " + expectationFr(expectation),
                    "empty document: expected " + expectation);
        }
        if (first != JsonToken.START_OBJECT) {
            throw failures.here("attendu " + expectationFr(expectation) + " à la racine, trouvé " + failures.found(true),
                    "expected " + expectation + " at the root, found " + failures.found());
        }
        JsonNode root = mapper.reader().with(lines.factory()).readTree(parser);
        if (parser.nextToken() != null) {
            throw failures.here("contenu après la fin du document : " + failures.found(true)
                    + " après l'accolade fermante", "content after the end of the document: found " + failures.found()
                    + " after the closing brace");
        }
        return root;
    }

    /** The expectations of the readers, {@code a JSON object with "schedule"}, in French. */
    private static String expectationFr(String expectation) {
        return expectation.replace("a JSON object with", "un objet JSON avec").replace("a JSON object", "un objet JSON");
    }
}
