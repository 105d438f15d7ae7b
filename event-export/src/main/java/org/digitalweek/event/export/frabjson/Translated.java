package org.digitalweek.event.export.frabjson;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A text that {@code schedule2} may translate: {@code null}, a string, or an object of strings by
 * two-letter language code ({@code {"fr": "…", "en": "…"}}).
 *
 * @param plain      the text, when it is a plain string; else null
 * @param byLanguage the texts by language code, in document order, when it is translated; else empty
 */
record Translated(String plain, Map<String, String> byLanguage) {

    /** No text. */
    static final Translated NONE = new Translated(null, Map.of());

    /**
     * @param fields the object that has the text
     * @param name   its member
     * @return the text; {@link #NONE} when absent or of a wrong type (a problem)
     */
    static Translated of(Fields fields, String name) {
        JsonNode value = fields.value(name).orElse(null);
        if (value == null) {
            return NONE;
        }
        if (value.isString() || value.isNumber()) {
            return new Translated(fields.text(name), Map.of());
        }
        if (!value.isObject()) {
            fields.wrongType(name, "un texte ou des traductions telles que {\"fr\": \"…\", \"en\": \"…\"}",
                    "a string or translations such as {\"fr\": \"…\", \"en\": \"…\"}", value);
            return NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Fields translations = fields.object(name, fields.label(), "translation").orElseThrow();
        for (String language : translations.propertyNames()) {
            String text = translations.text(language);
            if (text != null && !text.isBlank()) {
                texts.put(language, text);
            }
        }
        return new Translated(null, texts);
    }

    /**
     * @param language a language code, or null
     * @return the text in that language: the plain text whatever the language, else the translation
     *         into it (its code compared without case); null when there is none
     */
    String in(String language) {
        if (plain != null) {
            return plain;
        }
        return language == null ? null : byLanguage.get(key(language));
    }

    /** @return the languages it is translated into */
    Set<String> languages() {
        return byLanguage.keySet();
    }

    private String key(String language) {
        return byLanguage.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(
                language.toLowerCase(Locale.ROOT))).findFirst().orElse(language);
    }
}
