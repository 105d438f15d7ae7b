package org.digitalweek.event.export.frabjson;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.export.jsonread.Places;

/** What a JSON value is, for the readers' decisions and messages. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * @param value a value
     * @return whether it holds something: not empty text, not an empty array or object, not false
     */
    static boolean holdsSomething(JsonNode value) {
        if (value.isNull() || value.isBoolean() && !value.booleanValue()) {
            return false;
        }
        if (value.isString()) {
            return !value.stringValue().isBlank();
        }
        return !value.isContainer() || value.size() > 0;
    }

    /**
     * @param value a value
     * @return it, for a message in French: {@code le texte « abc »}, {@code le nombre 3}, {@code un objet}
     */
    static String foundFr(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "rien";
        }
        if (value.isString()) {
            return "le texte « " + Places.abbreviate(value.stringValue()) + " »";
        }
        if (value.isNumber()) {
            return "le nombre " + Places.abbreviate(value.asString());
        }
        if (value.isObject()) {
            return "un objet";
        }
        if (value.isArray()) {
            return "un tableau";
        }
        return value.isNull() ? "null" : value.asString();
    }

    /**
     * @param value a value
     * @return it, for a message: {@code the string "abc"}, {@code the number 3}, {@code an object}
     */
    static String found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isString()) {
            return "the string \"" + Places.abbreviate(value.stringValue()) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + Places.abbreviate(value.asString());
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isNull() ? "null" : value.asString();
    }

    /**
     * @param event   an event's value
     * @param members the members that may identify it, in order of preference
     * @return what to call it in messages: {@code event 10386}, after the first of them that it has
     */
    static String label(JsonNode event, String... members) {
        for (String name : members) {
            JsonNode id = event.isObject() ? event.get(name) : null;
            if (id != null && (id.isString() || id.isIntegralNumber()) && !id.asString().isBlank()) {
                return "event " + id.asString().strip();
            }
        }
        return "event";
    }
}
