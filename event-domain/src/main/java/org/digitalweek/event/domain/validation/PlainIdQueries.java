package org.digitalweek.event.domain.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.model.Ids;

/**
 * Inputs checked by hand, without the validation provider: records whose only constraints are
 * {@link NotNull} and {@link Identifier} on text components, such as the queries of a read
 * ({@code ProgrammeQuery}, {@code EditionQueryById}). Building a provider's factory and validating for
 * the first time cost a short command most of its start. The answer is only ever "valid": an input
 * found valid here has no violation the provider would find from its annotations; any other input, and
 * any other kind of record, goes to the provider, which says what is wrong.
 */
final class PlainIdQueries {

    /** The types a component may have besides text: values with no constraint of their own. */
    private static final Set<Class<?>> PLAIN_TYPES = Set.of(LocalDate.class, LocalDateTime.class, Long.class,
            Integer.class, Boolean.class, long.class, int.class, boolean.class);

    /** A text component: how to read it, and its two possible rules. */
    private record Text(Method accessor, boolean required, boolean identifier) {
    }

    /** A record type's text components, when it is made only of plain components; decided once per type. */
    private static final ClassValue<Optional<List<Text>>> PLANS = new ClassValue<>() {
        @Override
        protected Optional<List<Text>> computeValue(Class<?> type) {
            return plan(type);
        }
    };

    private PlainIdQueries() {
    }

    /**
     * @param input a command, query or document
     * @return whether it is a record of plain ids whose values meet their constraints
     */
    static boolean valid(Object input) {
        Class<?> type = input.getClass();
        if (!type.isRecord()) {
            return false;
        }
        Optional<List<Text>> plan = PLANS.get(type);
        if (plan.isEmpty()) {
            return false;
        }
        try {
            for (Text text : plan.get()) {
                Object value = text.accessor().invoke(input);
                if (value == null ? text.required() : text.identifier() && !Ids.isValid((String) value)) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false; // a record this module may not read: the provider checks it
        }
    }

    private static Optional<List<Text>> plan(Class<?> type) {
        if (type.getAnnotations().length > 0) {
            return Optional.empty(); // a constraint on the whole record
        }
        Set<Method> accessors = new HashSet<>();
        List<Text> texts = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Set<Class<? extends Annotation>> kinds = annotationsOf(type, component);
            accessors.add(component.getAccessor());
            if (component.getType() == String.class && Set.of(NotNull.class, Identifier.class).containsAll(kinds)) {
                texts.add(new Text(component.getAccessor(), kinds.contains(NotNull.class), kinds.contains(Identifier.class)));
            } else if (!PLAIN_TYPES.contains(component.getType()) || !kinds.isEmpty()) {
                return Optional.empty();
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!accessors.contains(method) && !Modifier.isStatic(method.getModifiers())
                    && (method.getAnnotations().length > 0 || method.getAnnotatedReturnType().getAnnotations().length > 0)) {
                return Optional.empty(); // e.g. a getter with @AssertTrue
            }
        }
        return Optional.of(List.copyOf(texts));
    }

    /** Every annotation a provider may read for a component: on it, its field, its accessor, and their types. */
    private static Set<Class<? extends Annotation>> annotationsOf(Class<?> type, RecordComponent component) {
        List<Annotation> all = new ArrayList<>(List.of(component.getAnnotations()));
        all.addAll(List.of(component.getAnnotatedType().getAnnotations()));
        all.addAll(List.of(component.getAccessor().getAnnotations()));
        all.addAll(List.of(component.getAccessor().getAnnotatedReturnType().getAnnotations()));
        try {
            Field field = type.getDeclaredField(component.getName());
            all.addAll(List.of(field.getAnnotations()));
            all.addAll(List.of(field.getAnnotatedType().getAnnotations()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record without its component's field: " + type, e);
        }
        Set<Class<? extends Annotation>> kinds = new HashSet<>();
        all.forEach(a -> kinds.add(a.annotationType()));
        return kinds;
    }
}
