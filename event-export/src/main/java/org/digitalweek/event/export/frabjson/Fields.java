package org.digitalweek.event.export.frabjson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.jsonread.NodeLines;
import org.digitalweek.event.export.jsonread.Places;
import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.Repairs;

/**
 * One JSON object of a schedule being read: its members by name, each checked for its JSON type.
 * A wrong type is a problem of the document at the member's JSON pointer and reads as absent, so
 * that reading goes on and every problem is reported together; a number where text is expected is
 * read as text and said. What the model does not keep, and what this reader does not know, is said
 * once per member name, with a count. Places name the object's label, the line of the value (else of
 * the object) as editors count lines, and the JSON pointer: {@code event 11795 (line 40,
 * /schedule/events/3/title)}.
 */
final class Fields {

    private final JsonNode object;
    private final JsonPointer pointer;
    private final String label;
    private final String kind;
    private final Problems problems;
    private final Repairs repairs;
    private final NodeLines lines;
    private final Set<String> read = new HashSet<>();

    /**
     * @param object   the object
     * @param pointer  where it is in the document
     * @param label    what it is, for messages: {@code event 10386}, {@code conference}
     * @param kind     the kind of object, for the repairs said once per kind and member: {@code event}
     * @param problems where problems go
     * @param repairs  where repairs go
     * @param lines    where the document's nodes start
     */
    Fields(JsonNode object, JsonPointer pointer, String label, String kind, Problems problems, Repairs repairs,
           NodeLines lines) {
        this.object = object;
        this.pointer = pointer;
        this.label = label;
        this.kind = kind;
        this.problems = problems;
        this.repairs = repairs;
        this.lines = lines;
    }

    /** @return where the object is, for messages: {@code event 10386 (line 40, /schedule/conference/days/0/rooms/Curie/0)} */
    DocumentPlace place() {
        return at(label, object, object, pointer);
    }

    /**
     * @param name a member
     * @return where it is, for messages: at its value's line, else the object's
     */
    DocumentPlace place(String name) {
        return at(label, object.get(name), object, pointer.appendProperty(name));
    }

    /**
     * @param name  a member that holds an array
     * @param index an element's index
     * @return where the element is, for messages
     */
    DocumentPlace place(String name, int index) {
        JsonNode array = object.get(name);
        return at(label, array == null ? null : array.get(index), array == null ? object : array,
                pointer.appendProperty(name).appendIndex(index));
    }

    /**
     * {@code label (line 40, /pointer)}: the line of the node, else of what holds it (numbers and
     * booleans have none), when known; the root pointer is left out.
     */
    private DocumentPlace at(String what, JsonNode node, JsonNode holder, JsonPointer where) {
        OptionalInt line = lines.line(node);
        if (line.isEmpty()) {
            line = lines.line(holder);
        }
        String path = where.toString();
        DocumentPlace label = placeOf(what);
        if (line.isEmpty()) {
            return path.isEmpty() ? label : label.with(path);
        }
        DocumentPlace lineOf = DocumentPlace.line(line.getAsInt());
        return label.with(path.isEmpty() ? lineOf : new DocumentPlace(lineOf.french() + ", " + path,
                lineOf.english() + ", " + path));
    }

    /** @return what the object is, for messages */
    /**
     * @param label what an object is, as {@link JsonValues#label} says it: {@code event 10386}, {@code conference}
     * @return it as a place in both languages: {@code événement 10386} / {@code event 10386}; a member name as it is
     */
    static DocumentPlace placeOf(String label) {
        if (label.equals("event")) {
            return new DocumentPlace("événement", "event");
        }
        return label.startsWith("event ") ? DocumentPlace.event(label.substring("event ".length()))
                : DocumentPlace.same(label);
    }

    String label() {
        return label;
    }

    /** @return the names of the object's members, in document order */
    Collection<String> propertyNames() {
        return object.propertyNames();
    }

    Problems problems() {
        return problems;
    }

    Repairs repairs() {
        return repairs;
    }

    /**
     * @param name a member
     * @return whether it is there and not null
     */
    boolean has(String name) {
        JsonNode value = object.get(name);
        return value != null && !value.isNull();
    }

    /**
     * @param name a member
     * @return its value, null and absent alike as empty; the member counts as read
     */
    Optional<JsonNode> value(String name) {
        read.add(name);
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /**
     * @param name a member that holds text
     * @return the text; a number read as its digits (said); null when absent or of another type (a problem)
     */
    String text(String name) {
        JsonNode value = value(name).orElse(null);
        if (value == null || value.isString()) {
            return value == null ? null : value.stringValue();
        }
        if (value.isNumber()) {
            repairs.addRepeated("number as text " + kind + " " + name, place(name), "nombre au lieu d'un texte dans « "
                    + name + " » : lu comme « " + value.asString() + " »", "a number where text is expected in \""
                    + name + "\": read as the text \"" + value.asString() + "\"");
            return value.asString();
        }
        wrongType(name, "un texte", "a string", value);
        return null;
    }

    /**
     * @param name a member that identifies, as a string or a whole number (frab's ids are numbers)
     * @return it as text; null when absent or of another type (a problem)
     */
    String identifier(String name) {
        JsonNode value = value(name).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isString() || value.isIntegralNumber()) {
            return value.asString();
        }
        wrongType(name, "un texte ou un nombre entier", "a string or a whole number", value);
        return null;
    }

    /**
     * @param name a member that holds a whole number
     * @return it; digits in a string read as the number (said); null when absent or not a whole number (a problem)
     */
    Integer whole(String name) {
        JsonNode value = value(name).orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isString() && value.stringValue().strip().matches("\\d{1,9}")) {
            repairs.addRepeated("text as number " + kind + " " + name, place(name), "texte au lieu d'un nombre dans « "
                    + name + " » : lu comme " + value.stringValue().strip(), "text where a number is expected in \""
                    + name + "\": read as " + value.stringValue().strip());
            return Integer.valueOf(value.stringValue().strip());
        }
        wrongType(name, "un nombre entier", "a whole number", value);
        return null;
    }

    /**
     * @param name     a member that holds an array of objects
     * @param kind     what each is, for messages and repairs: {@code room}
     * @param expectedFr what each should be, for the problem when one is not an object, in French
     * @param expectedEn the same, in English
     * @return the fields of each element that is an object, in order; the others are problems
     */
    List<Fields> elements(String name, String kind, String expectedFr, String expectedEn) {
        List<JsonNode> values = array(name);
        List<Fields> elements = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            element(name, i, values.get(i), kind, kind, expectedFr, expectedEn).ifPresent(elements::add);
        }
        return elements;
    }

    /**
     * @param name a member that holds a date, or a date and time whose date is taken
     * @return the date; null when absent or not a date (a problem)
     */
    LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = JsonTimes.date(text);
        if (date.isEmpty()) {
            wrongValue(name, "une date telle que « 2019-08-21 »", "a date such as \"2019-08-21\"", text);
        }
        return date.orElse(null);
    }

    /**
     * @param name a member that holds a date and time
     * @return it; null when absent or not one (a problem)
     */
    JsonTimes.When dateTime(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Optional<JsonTimes.When> when = JsonTimes.dateTime(text);
        if (when.isEmpty()) {
            wrongValue(name, "une date et une heure telles que « 2019-08-21T11:00:00+02:00 »",
                    "a date and time such as \"2019-08-21T11:00:00+02:00\"", text);
        }
        return when.orElse(null);
    }

    /**
     * @param name  a member that holds an object
     * @param label what it is, for messages
     * @param kind  its kind
     * @return its fields; empty when absent or not an object (a problem)
     */
    Optional<Fields> object(String name, String label, String kind) {
        JsonNode value = value(name).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            wrongType(name, "un objet", "an object", value);
            return Optional.empty();
        }
        return Optional.of(new Fields(value, pointer.appendProperty(name), label, kind, problems, repairs, lines));
    }

    /**
     * @param name a member that holds an array
     * @return its elements; empty when absent or not an array (a problem)
     */
    List<JsonNode> array(String name) {
        JsonNode value = value(name).orElse(null);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(name, "un tableau", "an array", value);
            return List.of();
        }
        return new ArrayList<>(value.values());
    }

    /**
     * @param name     the member of an element
     * @param index    the element's index
     * @param element  the element
     * @param label    what it is, for messages
     * @param kind     its kind
     * @param expectedFr what it should be, for the problem when it is not an object, in French
     * @param expectedEn the same, in English
     * @return its fields; empty when it is not an object (a problem)
     */
    Optional<Fields> element(String name, int index, JsonNode element, String label, String kind, String expectedFr,
            String expectedEn) {
        JsonPointer at = pointer.appendProperty(name).appendIndex(index);
        if (!element.isObject()) {
            String member = Places.abbreviate(name);
            problems.add(at(label, element, object.get(name), at), "type erroné pour un élément de « " + member
                    + " » : attendu " + expectedFr + ", trouvé " + JsonValues.foundFr(element), "wrong type for an"
                    + " element of \"" + member + "\": expected " + expectedEn + ", found " + JsonValues.found(element));
            return Optional.empty();
        }
        return Optional.of(new Fields(element, at, label, kind, problems, repairs, lines));
    }

    /**
     * @param name     a member
     * @param expectedFr what it should be, in French
     * @param expectedEn the same, in English
     * @param value    what it is
     */
    void wrongType(String name, String expectedFr, String expectedEn, JsonNode value) {
        String member = Places.abbreviate(name);
        problems.add(place(name), "type erroné pour « " + member + " » : attendu " + expectedFr + ", trouvé "
                + JsonValues.foundFr(value), "wrong type for \"" + member + "\": expected " + expectedEn + ", found "
                + JsonValues.found(value));
    }

    /**
     * @param name     a member
     * @param expectedFr what it should be, in French, e.g. {@code une date telle que « 2019-08-21 »}
     * @param expectedEn the same, in English, e.g. {@code a date such as "2019-08-21"}
     * @param value    what it is
     */
    void wrongValue(String name, String expectedFr, String expectedEn, String value) {
        String member = Places.abbreviate(name);
        String found = Places.abbreviate(value);
        problems.add(place(name), "valeur erronée pour « " + member + " » : attendu " + expectedFr + ", trouvé le texte « "
                + found + " »", "wrong value for \"" + member + "\": expected " + expectedEn + ", found the string \""
                + found + "\"");
    }

    /**
     * Members the schedule formats have and that this reader needs not: derived from others (a day's
     * index, the number of days) or only naming the document ({@code $schema}).
     *
     * @param names members to pass over in silence
     */
    void derived(String... names) {
        read.addAll(List.of(names));
    }

    /**
     * Members the model has no place for: each one that holds something is said, once per name.
     *
     * @param names the members
     */
    void notKept(String... names) {
        for (String name : names) {
            read.add(name);
            JsonNode value = object.get(name);
            if (value != null && JsonValues.holdsSomething(value)) {
                String quoted = Places.abbreviate(name);
                repairs.addRepeated("not kept " + kind + " " + name, place(name), "champ « " + quoted + " » "
                        + Kinds.french(kind) + " non conservé : le modèle n'a pas de place pour cela", "\"" + quoted
                        + "\" of " + Kinds.english(kind) + " not kept: the model has no place for it");
            }
        }
    }

    /** Says, once per name, every member that was not read: this reader does not know it. */
    void unknownRest() {
        for (String name : object.propertyNames()) {
            if (!read.contains(name)) {
                String quoted = Places.abbreviate(name);
                repairs.addRepeated("unknown " + kind + " " + name, place(name), "champ inconnu « " + quoted
                        + " » " + Kinds.french(kind) + " ignoré", "unknown field \"" + quoted + "\" of " + Kinds.english(kind)
                        + " skipped");
            }
        }
    }
}
