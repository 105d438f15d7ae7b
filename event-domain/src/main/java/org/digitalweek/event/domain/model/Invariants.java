package org.digitalweek.event.domain.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.language.LanguageTags;

/** Small checks shared by the constructors of the model. */
final class Invariants {

    private Invariants() {
    }

    static void require(boolean condition, String type, String rule) {
        if (!condition) {
            throw new InvariantViolationException(type, rule);
        }
    }

    static String notBlank(String value, String type, String field) {
        Objects.requireNonNull(value, () -> "'" + field + "' must not be null");
        require(!value.isBlank(), type, () -> field + " must not be blank");
        return value;
    }

    static <T> List<T> copy(List<T> values, String field) {
        Objects.requireNonNull(values, () -> "'" + field + "' must not be null");
        return List.copyOf(values);
    }

    /**
     * The same check with its rule written only when it fails: constructors run for every element
     * of every edition read, and most rules name the element.
     */
    static void require(boolean condition, String type, Supplier<String> rule) {
        if (!condition) {
            throw new InvariantViolationException(type, rule.get());
        }
    }

    static <T, K> void unique(Collection<T> values, Function<T, K> key, String type, String what) {
        Set<K> seen = new HashSet<>(Math.max(16, (int) (values.size() / 0.75f) + 1)); // no rehash on the way
        for (T value : values) {
            K k = key.apply(value);
            require(seen.add(k), type, () -> what + " '" + k + "' appears twice");
        }
    }

    /**
     * @return the tags in their canonical form, as an immutable list; one or two tags, as most
     *         sessions speak, take no array (a stream's list of one tag took 48 bytes, this 24)
     */
    static List<String> languageTags(List<String> tags, String field, String type) {
        List<String> copy = copy(tags, field);
        String[] canonical = new String[copy.size()];
        for (int i = 0; i < canonical.length; i++) {
            canonical[i] = languageTag(copy.get(i), type);
        }
        return List.of(canonical);
    }

    /** @return the tag in its canonical form; refuses a missing or ill-formed tag */
    static String languageTag(String tag, String type) {
        require(tag != null, type, "language tag must not be null");
        return LanguageTags.canonical(tag).orElseThrow(
                () -> new InvariantViolationException(
                        type, "'" + tag + "' is not a well-formed BCP 47 language tag"));
    }
}
