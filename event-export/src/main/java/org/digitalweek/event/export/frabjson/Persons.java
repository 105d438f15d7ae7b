package org.digitalweek.event.export.frabjson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.export.schedule.EntryPerson;

/**
 * The people of an event: frab's {@code {"id", "public_name"}}, pretalx's {@code {"code", "name"}}
 * and schedule2's {@code {"guid", "name", "role"}} alike. A person's id is the first of {@code id},
 * {@code code} and {@code guid} that it has; a bare name is read as a person (said).
 */
final class Persons {

    private Persons() {
    }

    /**
     * @param event the event
     * @param name  the member that lists them: {@code persons} or {@code participants}
     * @return the people, in the event's order
     */
    static List<EntryPerson> of(Fields event, String name) {
        return of(event, name, UnaryOperator.identity());
    }

    /**
     * @param event the event
     * @param name  the member that lists them
     * @param roles what a role as the schedule writes it is in the words the builder knows
     * @return the people, in the event's order
     */
    static List<EntryPerson> of(Fields event, String name, UnaryOperator<String> roles) {
        List<JsonNode> values = event.array(name);
        List<EntryPerson> persons = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            if (value.isString()) {
                event.repairs().addRepeated("bare name " + name, event.place(name), "personne donnée par son seul"
                        + " nom", "a person given by name only");
                persons.add(new EntryPerson(null, value.stringValue(), null));
                continue;
            }
            event.element(name, i, value, event.label(), "person", "un objet avec « public_name » ou « name »",
                    "an object with \"public_name\" or \"name\"")
                    .ifPresent(person -> persons.add(person(person, roles)));
        }
        return persons;
    }

    private static EntryPerson person(Fields person, UnaryOperator<String> roles) {
        String id = firstOf(person.identifier("id"), person.identifier("code"), person.text("guid"));
        String name = firstOf(person.text("public_name"), person.text("name"), null);
        String role = person.text("role");
        person.notKept("biography", "answers", "avatar", "links", "url", "email");
        person.unknownRest();
        return new EntryPerson(id, name, role == null ? null : roles.apply(role));
    }

    private static String firstOf(String a, String b, String c) {
        for (String value : new String[] {a, b, c}) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
