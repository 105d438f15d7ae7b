package org.digitalweek.event.domain.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An unmodifiable list of things with ids that also finds them by id, in constant time. The map
 * from id to thing is made on the first lookup, so an edition that is only stored or exported
 * whole pays nothing for it; editions made from one another share the lists they did not change,
 * and with them the maps. As a {@link List} it is equal to any list of the same elements.
 *
 * @param <K> the id type
 * @param <T> the element type
 */
final class IdIndex<K, T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final Function<T, K> key;
    private volatile Map<K, T> byKey;
    private volatile Map<Object, T> byOtherKey;

    private IdIndex(List<T> items, Function<T, K> key) {
        this.items = items;
        this.key = key;
    }

    /**
     * @param values the elements, ids unique; copied, unless they already are such a list by the same key
     * @param key    the id of an element; a constant, so that lists by the same key are recognised
     * @param field  the field's name, for the message when {@code values} is null
     * @param <K>    the id type
     * @param <T>    the element type
     * @return the list
     */
    static <K, T> IdIndex<K, T> of(List<T> values, Function<T, K> key, String field) {
        if (values instanceof IdIndex<?, ?> index && index.key == key) {
            @SuppressWarnings("unchecked")
            IdIndex<K, T> same = (IdIndex<K, T>) index;
            return same;
        }
        return new IdIndex<>(Invariants.copy(values, field), key);
    }

    /**
     * @param list a list that a record's constructor made with {@link #of}
     * @param <K>  the id type it was made with
     * @param <T>  the element type
     * @return it, as the index it is
     */
    @SuppressWarnings("unchecked") // the constructors that made the list named its key type
    static <K, T> IdIndex<K, T> view(List<T> list) {
        return (IdIndex<K, T>) list;
    }

    /**
     * @param id an id
     * @return the element with that id; when two share it, the first
     */
    Optional<T> find(K id) {
        Map<K, T> map = byKey;
        if (map == null) {
            map = new HashMap<>(items.size() * 4 / 3 + 1);
            for (T item : items) {
                map.putIfAbsent(key.apply(item), item);
            }
            byKey = map; // racing threads build equal maps; either one will do
        }
        return Optional.ofNullable(map.get(Objects.requireNonNull(id, "'id' must not be null")));
    }

    /**
     * Finds an element by another id that it holds, such as a venue by one of its rooms. A list
     * keeps one such map: every caller must pass the same {@code idsOf} constant.
     *
     * @param id    the other id
     * @param idsOf the other ids of an element
     * @param <S>   the other id's type
     * @return the first element that holds {@code id}
     */
    <S> Optional<T> findBy(S id, Function<T, ? extends Iterable<S>> idsOf) {
        Map<Object, T> map = byOtherKey;
        if (map == null) {
            map = new HashMap<>();
            for (T item : items) {
                for (S other : idsOf.apply(item)) {
                    map.putIfAbsent(other, item);
                }
            }
            byOtherKey = map;
        }
        return Optional.ofNullable(map.get(Objects.requireNonNull(id, "'id' must not be null")));
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
