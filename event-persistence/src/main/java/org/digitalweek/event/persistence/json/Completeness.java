package org.digitalweek.event.persistence.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Checks, once a file is bound, that every required value of its document records is there. In
 * the records, what may be absent is an {@link Optional}; anything else that is {@code null} was
 * missing from the file, or {@code null} in it. Checked after binding rather than by Jackson, so
 * that a misspelt property is reported as unknown, not as the missing one it stands for.
 */
final class Completeness {

    /** Each record class's components, found once rather than copied at each record. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Completeness() {
    }

    /**
     * @param document a bound document record
     * @param file     the tree it was bound from
     * @throws DocumentProblem at the first required value that is missing or {@code null}
     */
    static void check(Record document, JsonNode file) {
        check(document, "", file);
    }

    private static void check(Object value, String at, JsonNode file) {
        if (value instanceof Record document) {
            for (RecordComponent component : COMPONENTS.get(document.getClass())) {
                String componentAt = Conversions.child(at, component.getName());
                Object componentValue = valueOf(component, document);
                if (componentValue == null) {
                    throw file.at(componentAt).isNull()
                            ? new DocumentProblem(componentAt, "« " + component.getName() + " » ne doit pas être null",
                                    "\"" + component.getName() + "\" must not be null")
                            : new DocumentProblem(componentAt, "la propriété obligatoire « " + component.getName()
                                    + " » manque", "required property \"" + component.getName() + "\" is missing");
                }
                check(componentValue, componentAt, file);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), Conversions.item(at, i), file);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> check(entry, Conversions.child(at, String.valueOf(key)), file));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> check(present, at, file));
        }
    }

    private static Object valueOf(RecordComponent component, Record document) {
        try {
            return component.getAccessor().invoke(document);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // The records are this package's own, with plain accessors: this cannot happen.
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
