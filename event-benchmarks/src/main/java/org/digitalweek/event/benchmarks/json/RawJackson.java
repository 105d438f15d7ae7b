package org.digitalweek.event.benchmarks.json;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson alone on the canonical documents, the limit of the canonical JSON adapter: its tree model
 * parses a document with no mapping to the domain, and writes the same tree back in the canonical
 * layout (two spaces, {@code "name": value}, slashes and non-ASCII letters as they are), byte for
 * byte the document the exporter wrote.
 */
public final class RawJackson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build()).build();
    private static final ObjectWriter WRITER = MAPPER.writer().with(canonicalLayout());

    private RawJackson() {
    }

    /**
     * @param document a JSON document
     * @return its tree
     */
    public static JsonNode read(byte[] document) {
        return MAPPER.readTree(document);
    }

    /**
     * @param tree a tree
     * @return it, written in the canonical layout and ended with a new line
     */
    public static byte[] write(JsonNode tree) {
        byte[] json = WRITER.writeValueAsBytes(tree);
        byte[] withNewLine = java.util.Arrays.copyOf(json, json.length + 1);
        withNewLine[json.length] = '\n';
        return withNewLine;
    }

    private static DefaultPrettyPrinter canonicalLayout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
