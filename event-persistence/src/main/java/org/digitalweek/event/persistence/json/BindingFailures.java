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
 * {@link DocumentProblem} in French and in English, at the JSON pointer of the value. The message is
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
                return new DocumentProblem(pointer.head().toString(), "propriété inconnue "
                        + PrivateRecords.detailFr(at, "") + " : le format n'a pas cette propriété ici",
                        "unknown property " + PrivateRecords.detail(at, "") + ": the format has no such property here");
            }
            String name = Places.abbreviate(unknown.getPropertyName());
            return new DocumentProblem(at, "propriété inconnue « " + name + " » : le format n'a pas cette propriété"
                    + " ici", "unknown property \"" + name + "\": the format has no such property here");
        }
        JsonNode node = file.at(pointer);
        String subjectFr = subjectFr(e);
        String subject = subject(e);
        if (node.isMissingNode()) {
            return new DocumentProblem(at, "propriété obligatoire manquante : " + subjectFr,
                    "required property " + subject + " is missing");
        }
        if (node.isNull()) {
            return new DocumentProblem(at, subjectFr + " ne doit pas être null", subject + " must not be null");
        }
        if (e instanceof InputCoercionException coercion) { // a whole number too large for its type
            boolean isInt = coercion.getTargetType() == Integer.class || coercion.getTargetType() == int.class;
            long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            return new DocumentProblem(at, "valeur erronée pour " + subjectFr + " : attendu un nombre entier de "
                    + min + " à " + max + ", trouvé " + PrivateRecords.describeFr(at, node), "wrong value for "
                    + subject + ": expected a whole number from " + min + " to " + max + ", found "
                    + PrivateRecords.describe(at, node));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            boolean unknownValue = target.isEnum() && node.isString();
            String kindFr = unknownValue ? "valeur inconnue" : "type erroné";
            String kind = unknownValue ? "unknown value" : "wrong type";
            return new DocumentProblem(at, kindFr + " pour " + subjectFr + " : attendu " + expectedFr(target)
                    + ", trouvé " + PrivateRecords.describeFr(at, node), kind + " for " + subject + ": expected "
                    + expected(target) + ", found " + PrivateRecords.describe(at, node));
        }
        // The parser's own words, made plain, are in English only.
        String plain = ParserWords.plain(e.getOriginalMessage());
        return new DocumentProblem(at, "illisible : " + PrivateRecords.detailFr(at, plain),
                "cannot be read: " + PrivateRecords.detail(at, plain));
    }

    private static JsonPointer pointer(JacksonException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer = reference.getPropertyName() != null ? pointer.appendProperty(reference.getPropertyName())
                    : pointer.appendIndex(Math.max(0, reference.getIndex()));
        }
        return pointer;
    }

    /** @return the value, for a message in French: {@code « number »}, or {@code un élément de « languages »} */
    private static String subjectFr(JacksonException e) {
        var path = e.getPath();
        if (path.isEmpty()) {
            return "le document";
        }
        JacksonException.Reference last = path.get(path.size() - 1);
        if (last.getPropertyName() != null) {
            return "« " + Places.abbreviate(last.getPropertyName()) + " »";
        }
        String list = path.size() > 1 && path.get(path.size() - 2).getPropertyName() != null
                ? " de « " + path.get(path.size() - 2).getPropertyName() + " »" : "";
        return "un élément" + list;
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
     * @return what a JSON value of that type looks like, in French
     */
    static String expectedFr(Class<?> type) {
        if (type.isEnum()) {
            return "l'une des valeurs " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "un texte";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "un nombre entier";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "un tableau";
        }
        return "un objet";
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
        return "an object"; // a record or a map: no Java type name reaches a person
    }
}
