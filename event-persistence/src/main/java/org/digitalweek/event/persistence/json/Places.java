package org.digitalweek.event.persistence.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * Where something is in a stored file, for people: {@code line 12, column 7 (/edition/sessions/3/type)}.
 * A problem found after parsing (a wrong type, a broken invariant) is known by its JSON pointer;
 * its line and column are found again by reading the text up to the value, or up to the nearest
 * enclosing value when the pointer names a property that is missing.
 */
final class Places {

    private static final int LONGEST_QUOTE = 60;

    private Places() {
    }

    /**
     * @param text    the file's text
     * @param pointer a JSON pointer into it; {@code ""} for the whole document
     * @return the line, column and pointer of the value, or of its nearest enclosing value
     */
    static DocumentPlace of(String text, String pointer) {
        return of(locate(text, pointer), pointer);
    }

    /**
     * @param at      a location in the text; lines and columns count characters from 1
     * @param pointer the JSON pointer of the value there; left out when {@code ""}
     * @return the place
     */
    static DocumentPlace of(TokenStreamLocation at, String pointer) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        DocumentPlace lineAndColumn = DocumentPlace.line(line, column);
        return pointer.isEmpty() ? lineAndColumn : lineAndColumn.with(abbreviate(pointer));
    }

    private static TokenStreamLocation locate(String text, String pointer) {
        TokenStreamLocation nearest = null;
        try (JsonParser parser = StoreJson.mapper().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
                    continue;
                }
                String here = parser.streamReadContext().pathAsPointer().toString();
                if (here.equals(pointer)) {
                    return parser.currentTokenLocation();
                }
                if (pointer.startsWith(here + "/")) { // an enclosing value: later ones are nearer
                    nearest = parser.currentTokenLocation();
                }
            }
        } catch (JacksonException unreadable) {
            // Only text that parsed is located; keep what was found before the failure.
        }
        return nearest;
    }

    /**
     * @param node a JSON value, or {@code null} for none
     * @return what it is, for a message in French: {@code le texte « trois »}, {@code un tableau}
     */
    static String describeFr(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "rien";
        }
        return switch (node.getNodeType()) {
            case STRING -> "le texte « " + abbreviate(node.stringValue()) + " »";
            case NUMBER -> "le nombre " + abbreviate(node.toString());
            case BOOLEAN -> String.valueOf(node.booleanValue());
            case NULL -> "null";
            case OBJECT -> "un objet";
            case ARRAY -> "un tableau";
            default -> "une valeur d'un autre genre";
        };
    }

    /**
     * @param node a value, or null
     * @return it, for a message in English: {@code the string "abc"}, {@code an array}, {@code nothing}
     */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.stringValue()) + "\"";
            case NUMBER -> "the number " + abbreviate(node.toString());
            case BOOLEAN -> String.valueOf(node.booleanValue());
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> "a value of another kind";
        };
    }

    /**
     * @param text some text of the file
     * @return it, cut short when long, so that one message stays one line
     */
    static String abbreviate(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= LONGEST_QUOTE ? line : line.substring(0, LONGEST_QUOTE) + "…";
    }
}
