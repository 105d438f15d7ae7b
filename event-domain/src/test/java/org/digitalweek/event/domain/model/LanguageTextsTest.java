package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact map of a text behaves as the sorted map it replaces, for any number of languages. */
class LanguageTextsTest {

    private static final List<String> TAGS = List.of("bm", "en", "fr", "mos");

    private static TreeMap<String, String> sorted(int languages) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String tag : TAGS.subList(0, languages)) {
            sorted.put(tag, "texte " + tag);
        }
        return sorted;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void holdsTheSameEntriesInTagOrder(int languages) {
        TreeMap<String, String> sorted = sorted(languages);

        Map<String, String> texts = LanguageTexts.of(sorted);

        assertThat(texts).hasSize(languages).isEqualTo(sorted).hasSameHashCodeAs(sorted);
        assertThat(sorted).isEqualTo(texts);
        assertThat(texts).hasToString(sorted.toString());
        assertThat(texts.keySet()).containsExactlyElementsOf(sorted.keySet());
        assertThat(texts.values()).containsExactlyElementsOf(sorted.values());
        assertThat(texts.entrySet()).containsExactlyElementsOf(sorted.entrySet());
        for (String tag : sorted.keySet()) {
            assertThat(texts.get(tag)).isEqualTo(sorted.get(tag));
            assertThat(texts).containsKey(tag).containsValue(sorted.get(tag));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void findsNoOtherLanguage(int languages) {
        Map<String, String> texts = LanguageTexts.of(sorted(languages));

        assertThat(texts.get("mos")).isNull();
        assertThat(texts.get(null)).isNull();
        assertThat(texts.containsKey("ha")).isFalse();
        assertThat(texts.containsValue("texte mos")).isFalse();
        assertThat(texts.getOrDefault("ha", "aucun")).isEqualTo("aucun");
    }

    @Test
    void differsFromAMapWithOtherEntries() {
        Map<String, String> texts = LanguageTexts.of(sorted(2));

        assertThat(texts).isNotEqualTo(Map.of("bm", "texte bm", "en", "autre"))
                .isNotEqualTo(Map.of("bm", "texte bm")).isNotEqualTo(List.of());
        assertThat(texts).isEqualTo(new HashMap<>(Map.of("en", "texte en", "bm", "texte bm")));
    }

    @Test
    void noLanguageIsTheEmptyMap() {
        assertThat(LanguageTexts.of(new TreeMap<>())).isSameAs(Map.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void cannotBeChanged(int languages) {
        Map<String, String> texts = LanguageTexts.of(sorted(languages));

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> texts.put("ha", "x"));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> texts.remove("bm"));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> texts.putAll(Map.of()));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(texts::clear);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> texts.putIfAbsent("ha", "x"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> texts.keySet().remove("bm"));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> texts.entrySet().iterator().next().setValue("x"));
        assertThat(texts).isEqualTo(sorted(languages));
    }

    @Test
    void iteratorsEndAfterTheLastLanguage() {
        Iterator<String> tags = LanguageTexts.of(sorted(1)).keySet().iterator();

        assertThat(tags.next()).isEqualTo("bm");
        assertThat(tags.hasNext()).isFalse();
        assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(tags::next);
    }

    @Test
    void laterChangesToTheSourceDoNotShow() {
        TreeMap<String, String> sorted = sorted(3);
        Map<String, String> texts = LanguageTexts.of(sorted);

        sorted.put("ha", "texte ha");
        sorted.remove("bm");

        assertThat(texts.keySet()).containsExactly("bm", "en", "fr");
    }
}
