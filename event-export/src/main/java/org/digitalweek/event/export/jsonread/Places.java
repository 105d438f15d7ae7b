package org.digitalweek.event.export.jsonread;

import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.LineBreaks;

/** Where something is in a document, for people: {@code line 12, column 7 (/edition/sessions/3/type)}. */
public final class Places {

    private static final int LONGEST_QUOTE = 60;

    private Places() {
    }

    /**
     * @param at      a location in the text; lines and columns count from 1, in characters
     * @param pointer the JSON pointer of the value there; the root pointer is left out
     * @return the place
     */
    public static DocumentPlace of(TokenStreamLocation at, JsonPointer pointer) {
        return of(at, pointer, null);
    }

    /**
     * @param at      a location in the text, as the parser counts lines and columns
     * @param pointer the JSON pointer of the value there; the root pointer is left out
     * @param breaks  the text's line breaks, to say lines as editors count them; null for the parser's
     * @return the place
     */
    public static DocumentPlace of(TokenStreamLocation at, JsonPointer pointer, LineBreaks breaks) {
        DocumentPlace lineAndColumn = at == null || at.getLineNr() < 1
                ? new DocumentPlace("une ligne inconnue", "an unknown line")
                : breaks == null ? DocumentPlace.line(at.getLineNr(), Math.max(1, at.getColumnNr()))
                : breaks.place(at.getLineNr(), at.getColumnNr());
        String path = pointer == null ? "" : pointer.toString();
        return path.isEmpty() ? lineAndColumn : lineAndColumn.with(abbreviate(path));
    }

    /**
     * @param text some text of the document
     * @return it, cut short when long, so that one message stays one line
     */
    public static String abbreviate(String text) {
        return text.length() <= LONGEST_QUOTE ? text : text.substring(0, LONGEST_QUOTE) + "…";
    }

    /**
     * @param at a location, possibly unknown
     * @return its character offset, or {@code Long.MAX_VALUE} when unknown
     */
    public static long offset(TokenStreamLocation at) {
        return at == null || at.getCharOffset() < 0 ? Long.MAX_VALUE : at.getCharOffset();
    }
}
