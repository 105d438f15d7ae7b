package org.digitalweek.event.persistence.json;

import tools.jackson.databind.JsonNode;

/**
 * What an error may say of the internal records of an edition file: where the problem is and what
 * rule it breaks, never what the file holds there. Protocol files carry contact details and notes
 * that must not reach a terminal, a log or a bug report through an error message.
 */
final class PrivateRecords {

    /** The JSON pointer of the internal records in an edition file. */
    static final String POINTER = "/internal";

    private static final String NOT_SHOWN = " (not shown: the internal records are private)";
    private static final String NOT_SHOWN_FR = " (non montré : les registres internes sont privés)";

    private PrivateRecords() {
    }

    /**
     * @param pointer the JSON pointer of a value of the file
     * @return whether the value belongs to the internal records
     */
    static boolean holds(String pointer) {
        return pointer.equals(POINTER) || pointer.startsWith(POINTER + "/");
    }

    /**
     * @param pointer where the value is
     * @param node    the value
     * @return the value as a French message may quote it: its text, or only its kind in the internal records
     */
    static String describeFr(String pointer, JsonNode node) {
        if (!holds(pointer) || node == null || !(node.isString() || node.isNumber())) {
            return Places.describeFr(node);
        }
        return (node.isString() ? "un texte" : "un nombre") + NOT_SHOWN_FR;
    }

    /**
     * @param pointer where the value is
     * @param detail  what to say of it, in French
     * @return the detail, or a note that it is not shown when it is in the private records
     */
    static String detailFr(String pointer, String detail) {
        return holds(pointer) ? NOT_SHOWN_FR.strip() : detail;
    }

    /**
     * @param pointer where the value is
     * @param node    the value
     * @return it for a message in English, unless private
     */
    static String describe(String pointer, JsonNode node) {
        if (!holds(pointer) || node == null || !(node.isString() || node.isNumber())) {
            return Places.describe(node);
        }
        return (node.isString() ? "a string" : "a number") + NOT_SHOWN;
    }

    /**
     * @param pointer where the problem is
     * @param detail  what would be said of the value elsewhere in the file
     * @return the detail, or a note that it is not shown in the internal records
     */
    static String detail(String pointer, String detail) {
        return holds(pointer) ? NOT_SHOWN.strip() : detail;
    }
}
