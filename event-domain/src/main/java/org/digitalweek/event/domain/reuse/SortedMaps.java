package org.digitalweek.event.domain.reuse;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;

/**
 * Immutable maps in a fixed key order, so figures print the same way every time. Enums sort in
 * declaration order (as in an {@code EnumMap}), ids in natural order, countries by code ({@link Country}
 * is not {@code Comparable}).
 */
final class SortedMaps {

    /** Countries by ISO code. */
    static final Comparator<Country> BY_CODE = Comparator.comparing(Country::code);

    private SortedMaps() {
    }

    /** An unmodifiable copy in natural key order; no null key or value. */
    static <K extends Comparable<? super K>, V> Map<K, V> sorted(Map<K, V> map, String field) {
        return sorted(map, Comparator.naturalOrder(), field);
    }

    /** An unmodifiable copy in the given key order; no null key or value. */
    static <K, V> Map<K, V> sorted(Map<K, V> map, Comparator<? super K> order, String field) {
        Objects.requireNonNull(map, () -> "'" + field + "' must not be null");
        Map<K, V> copy = new TreeMap<>(order);
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, () -> "a key of '" + field + "' is null"),
                Objects.requireNonNull(value, () -> "a value of '" + field + "' is null")));
        return Collections.unmodifiableMap(copy);
    }

    /** The counts of several maps added up per key, in the given key order. */
    static <K> Map<K, Integer> sum(Collection<Map<K, Integer>> maps, Comparator<? super K> order) {
        Map<K, Integer> total = new TreeMap<>(order);
        maps.forEach(map -> map.forEach((key, count) -> total.merge(key, count, Integer::sum)));
        return Collections.unmodifiableMap(total);
    }

    /** Checks that every count of a map is 1 or more: keys with nothing to count are left out. */
    static void requirePositive(Map<?, Integer> counts, String type, String field) {
        counts.forEach((key, count) -> {
            if (count < 1) {
                throw new InvariantViolationException(type, field + " of '" + key + "' must be 1 or more, not "
                        + count + "; leave out keys with nothing to count");
            }
        });
    }
}
