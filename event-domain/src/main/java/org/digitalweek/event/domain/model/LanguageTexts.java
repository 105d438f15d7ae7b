package org.digitalweek.event.domain.model;

import java.util.AbstractCollection;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntFunction;

/**
 * The texts of a {@link LocalizedText} by language tag, in tag order, as an immutable map. An
 * edition holds two or three texts a session, nearly all in one or two languages: one or two
 * entries are kept in fields (24 and 32 bytes), more in an array, where a {@code TreeMap} of two
 * entries behind its unmodifiable view took 176 bytes. Views and entries are made when asked for,
 * never kept, so reading a text adds nothing to the heap of an edition.
 */
abstract class LanguageTexts implements Map<String, String> {

    /**
     * @param sorted canonical tags and their texts, in tag order
     * @return the same entries in the smallest form
     */
    static Map<String, String> of(SortedMap<String, String> sorted) {
        if (sorted.isEmpty()) {
            return Map.of();
        }
        Iterator<Entry<String, String>> entries = sorted.entrySet().iterator();
        Entry<String, String> first = entries.next();
        if (!entries.hasNext()) {
            return new One(first.getKey(), first.getValue());
        }
        Entry<String, String> second = entries.next();
        if (!entries.hasNext()) {
            return new Two(first.getKey(), first.getValue(), second.getKey(), second.getValue());
        }
        return new Many(sorted.keySet().toArray(new String[0]), sorted.values().toArray(new String[0]));
    }

    /** @return the tag at {@code index}, in tag order */
    abstract String tag(int index);

    /** @return the text at {@code index}, in tag order */
    abstract String text(int index);

    private int indexOf(Object tag) {
        for (int i = 0; i < size(); i++) {
            if (tag(i).equals(tag)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 0; i < size(); i++) {
            if (text(i).equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : text(index);
    }

    @Override
    public String put(String key, String value) {
        throw new UnsupportedOperationException("a localized text cannot be changed");
    }

    @Override
    public String remove(Object key) {
        throw new UnsupportedOperationException("a localized text cannot be changed");
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        throw new UnsupportedOperationException("a localized text cannot be changed");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("a localized text cannot be changed");
    }

    @Override
    public Set<String> keySet() {
        return new Elements<>(this::tag);
    }

    @Override
    public Collection<String> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                return new InOrder<>(LanguageTexts.this::text);
            }

            @Override
            public int size() {
                return LanguageTexts.this.size();
            }
        };
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new Elements<>(i -> new SimpleImmutableEntry<>(tag(i), text(i)));
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Map<?, ?> map) || map.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!text(i).equals(map.get(tag(i)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < size(); i++) {
            hash += tag(i).hashCode() ^ text(i).hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size(); i++) {
            text.append(i == 0 ? "" : ", ").append(tag(i)).append('=').append(text(i));
        }
        return text.append('}').toString();
    }

    /** The tags or the entries, as a set whose elements are distinct by construction. */
    private final class Elements<E> extends AbstractSet<E> {

        private final IntFunction<E> element;

        Elements(IntFunction<E> element) {
            this.element = element;
        }

        @Override
        public Iterator<E> iterator() {
            return new InOrder<>(element);
        }

        @Override
        public int size() {
            return LanguageTexts.this.size();
        }
    }

    /** Walks the entries in tag order. */
    private final class InOrder<E> implements Iterator<E> {

        private final IntFunction<E> element;
        private int next;

        InOrder(IntFunction<E> element) {
            this.element = element;
        }

        @Override
        public boolean hasNext() {
            return next < size();
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return element.apply(next++);
        }
    }

    /** A text in one language, as most are. */
    private static final class One extends LanguageTexts {

        private final String tag;
        private final String text;

        One(String tag, String text) {
            this.tag = tag;
            this.text = text;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        String tag(int index) {
            Objects.checkIndex(index, 1);
            return tag;
        }

        @Override
        String text(int index) {
            Objects.checkIndex(index, 1);
            return text;
        }
    }

    /** A text in two languages, French and English most often. */
    private static final class Two extends LanguageTexts {

        private final String firstTag;
        private final String firstText;
        private final String secondTag;
        private final String secondText;

        Two(String firstTag, String firstText, String secondTag, String secondText) {
            this.firstTag = firstTag;
            this.firstText = firstText;
            this.secondTag = secondTag;
            this.secondText = secondText;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        String tag(int index) {
            return Objects.checkIndex(index, 2) == 0 ? firstTag : secondTag;
        }

        @Override
        String text(int index) {
            return Objects.checkIndex(index, 2) == 0 ? firstText : secondText;
        }
    }

    /** A text in three languages or more. */
    private static final class Many extends LanguageTexts {

        private final String[] tags;
        private final String[] texts;

        Many(String[] tags, String[] texts) {
            this.tags = tags;
            this.texts = texts;
        }

        @Override
        public int size() {
            return tags.length;
        }

        @Override
        String tag(int index) {
            return tags[index];
        }

        @Override
        String text(int index) {
            return texts[index];
        }
    }
}
