package org.digitalweek.event.persistence.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.digitalweek.event.domain.error.ParserWords;

/**
 * Turns what Jackson reports while binding a parsed file to the document records into a
 * {@link DocumentProblem} in plain English, at the JSON pointer of the value. The message is
 * built from the parsed tree rather than from Jackson's text, so that no Jackson wording leaks.
 */
final class BindingFailures {

    private BindingFailures() {
    }

    /**
     * @param e    what Jackson threw
     * @param file the tree that was being bound
     * @return the problem, where it is
     */
    static DocumentProblem problem(JacksonException e, JsonNode file) {
        JsonPointer pointer = pointer(e);
        String at = pointer.toString();
        if (e instanceof UnrecognizedPropertyException unknown) {
            if (PrivateRecords.holds(at)) { // the name may be private text: name the object that holds it
                return new DocumentProblem(pointer.head().toString(), "unknown property "
                        + PrivateRecords.detail(at, "") + ": the format has no such property here");
            }
            return new DocumentProblem(at, "unknown property \"" + Places.abbreviate(unknown.getPropertyName())
                    + "\": the format has no such property here");
        }
        JsonNode node = file.at(pointer);
        String subject = subject(e);
        if (node.isMissingNode()) {
            return new DocumentProblem(at, "required property " + subject + " is missing");
        }
        if (node.isNull()) {
            return new DocumentProblem(at, subject + " must not be null");
        }
        if (e instanceof InputCoercionException coercion) { // a whole number too large for its type
            boolean isInt = coercion.getTargetType() == Integer.class || coercion.getTargetType() == int.class;
            long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            return new DocumentProblem(at, "wrong value for " + subject + ": expected a whole number from " + min
                    + " to " + max + ", found " + PrivateRecords.describe(at, node));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            String kind = target.isEnum() && node.isString() ? "unknown value" : "wrong type";
            return new DocumentProblem(at, kind + " for " + subject + ": expected " + expected(target) + ", found "
                    + PrivateRecords.describe(at, node));
        }
        return new DocumentProblem(at, "cannot be read: " + PrivateRecords.detail(at, ParserWords.plain(e.getOriginalMessage())));
    }

    private static JsonPointer pointer(JacksonException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer = reference.getPropertyName() != null ? pointer.appendProperty(reference.getPropertyName())
                    : pointer.appendIndex(Math.max(0, reference.getIndex()));
        }
        return pointer;
    }

    /** @return the value, for a message: {@code "number"}, or {@code an element of "languages"} */
    private static String subject(JacksonException e) {
        var path = e.getPath();
        if (path.isEmpty()) {
            return "the document";
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (last.getPropertyName() != null) {
            return "\"" + Places.abbreviate(last.getPropertyName()) + "\"";
        }
        String list = path.size() > 1 && path.get(path.size() - 2).getPropertyName() != null
                ? " of \"" + path.get(path.size() - 2).getPropertyName() + "\"" : "";
        return "an element" + list;
    }

    /**
     * @param type a type of the document records
     * @return what a JSON value of that type looks like
     */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
