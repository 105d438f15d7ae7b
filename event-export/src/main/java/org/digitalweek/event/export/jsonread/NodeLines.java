package org.digitalweek.event.export.jsonread;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * The line on which each object, array and string of a tree starts, as editors count lines
 * ({@link LineBreaks}), so that a reader of the tree can say {@code event 11795 (line 40, …)}: a
 * tree forgets where its values were. The lines are taken while the tree is built, from the node
 * factory, which the tree reader calls as the parser stands on each value.
 */
public final class NodeLines {

    private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
    private final LineBreaks breaks;
    private JsonParser parser;

    /** @param breaks the line breaks of the text the parser reads */
    NodeLines(LineBreaks breaks) {
        this.breaks = breaks;
    }

    /** @return no lines: for trees built otherwise */
    public static NodeLines none() {
        return new NodeLines(new LineBreaks());
    }

    /**
     * @param node a node of the tree
     * @return the line it starts on, as editors count; empty when unknown
     */
    public OptionalInt line(JsonNode node) {
        Integer line = node == null ? null : lines.get(node);
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }

    /** @param reading the parser that builds the tree, whose position is each new node's */
    void readBy(JsonParser reading) {
        this.parser = reading;
    }

    /** @return a node factory that notes where each object, array and string starts */
    JsonNodeFactory factory() {
        return new Noting(this);
    }

    private <T extends JsonNode> T noted(T node) {
        TokenStreamLocation at = parser == null ? null : parser.currentTokenLocation();
        if (at != null && at.getLineNr() > 0) {
            lines.put(node, breaks.line(at.getLineNr()));
        }
        return node;
    }

    /** The usual nodes, each noted as it is made. */
    private static final class Noting extends JsonNodeFactory {

        private static final long serialVersionUID = 1L;

        private final transient NodeLines lines;

        Noting(NodeLines lines) {
            this.lines = lines;
        }

        @Override
        public ObjectNode objectNode() {
            return lines.noted(super.objectNode());
        }

        @Override
        public ArrayNode arrayNode() {
            return lines.noted(super.arrayNode());
        }

        @Override
        public ArrayNode arrayNode(int capacity) {
            return lines.noted(super.arrayNode(capacity));
        }

        @Override
        public StringNode stringNode(String text) {
            StringNode node = super.stringNode(text);
            return text == null || text.isEmpty() ? node : lines.noted(node); // the empty string is one shared node
        }
    }
}
