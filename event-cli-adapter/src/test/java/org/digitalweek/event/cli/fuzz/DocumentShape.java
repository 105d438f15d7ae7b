package org.digitalweek.event.cli.fuzz;

import java.util.List;

/**
 * Where the parts of a well-formed seed document are, so that a mutation can delete, repeat, move
 * or change one part and keep the rest intact, and so reach the importer's mapping and validation
 * rather than only its parser.
 *
 * @param text   the seed document
 * @param fields the parts that can go or come twice: JSON members and array elements, XML elements
 *               and attributes, calendar content lines and components
 * @param values the scalar values: JSON literals, XML texts and attribute values, calendar values
 * @param joiner what separates two fields in a row: {@code ,} in JSON, nothing elsewhere
 * @param field  how the format writes a new field from a name and a value, for {@link String#format}
 */
record DocumentShape(String text, List<Field> fields, List<Span> values, String joiner, String field) {

    /**
     * One stretch of the text.
     *
     * @param start the index of its first character
     * @param end   the index after its last character
     */
    record Span(int start, int end) {

        /**
         * @param text the text it is a span of
         * @return its characters
         */
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * A part of the document and what goes with it when it is deleted (the comma of a JSON member).
     *
     * @param part   the part itself
     * @param delete what deleting it removes
     */
    record Field(Span part, Span delete) {
    }
}
