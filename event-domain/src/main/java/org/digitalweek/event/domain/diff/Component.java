package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A named part of a value that the diff compares, usually one record component.
 *
 * @param name    the name reported when it changed: the record component's name
 * @param differs whether it differs between two values
 * @param <T>     the type of value
 */
record Component<T>(String name, BiPredicate<T, T> differs) {

    /**
     * @param name  the record component's name
     * @param value reads the component
     * @param <T>   the type of value
     * @return the component, compared with {@code equals}
     */
    static <T> Component<T> of(String name, Function<T, ?> value) {
        return new Component<>(name, (a, b) -> !Objects.equals(value.apply(a), value.apply(b)));
    }

    /** @return the names of the components that differ between {@code before} and {@code after}, in list order */
    static <T> List<String> changed(List<Component<T>> components, T before, T after) {
        return components.stream().filter(c -> c.differs().test(before, after)).map(Component::name).toList();
    }

    /** @return the names of the components, in list order */
    static <T> List<String> names(List<Component<T>> components) {
        return components.stream().map(Component::name).toList();
    }
}
