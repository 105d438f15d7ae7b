package org.digitalweek.event.domain.error;

import java.util.Objects;

/**
 * Where in a document something was repaired or refused, said in French and in English:
 * {@code ligne 12, colonne 5} / {@code line 12, column 5}, {@code événement 11795} /
 * {@code event 11795}, {@code élément <release>} / {@code element <release>}. A JSON pointer, a file
 * name or an id is the same in both languages ({@link #same}).
 *
 * @param french  the place in French
 * @param english the place in English
 */
public record DocumentPlace(String french, String english) {

    /** No place in particular: the repairs or problems past those listed. */
    public static final DocumentPlace ELSEWHERE = same("…");

    /** Checks that no part is missing. */
    public DocumentPlace {
        Objects.requireNonNull(french, "'french' must not be null");
        Objects.requireNonNull(english, "'english' must not be null");
    }

    /**
     * @param text a place said the same in both languages: a JSON pointer, a property, an id
     * @return that place
     */
    public static DocumentPlace same(String text) {
        return new DocumentPlace(text, text);
    }

    /**
     * @param line a line number, from 1
     * @return {@code ligne 12} / {@code line 12}
     */
    public static DocumentPlace line(long line) {
        return new DocumentPlace("ligne " + line, "line " + line);
    }

    /**
     * @param line   a line number, from 1
     * @param column a column number, from 1
     * @return {@code ligne 12, colonne 5} / {@code line 12, column 5}
     */
    public static DocumentPlace line(long line, long column) {
        return new DocumentPlace("ligne " + line + ", colonne " + column, "line " + line + ", column " + column);
    }

    /**
     * @param id the event's id in the document
     * @return {@code événement 11795} / {@code event 11795}
     */
    public static DocumentPlace event(String id) {
        return new DocumentPlace("événement " + id, "event " + id);
    }

    /**
     * @param name an XML element's name, without brackets
     * @return {@code élément <release>} / {@code element <release>}
     */
    public static DocumentPlace element(String name) {
        return new DocumentPlace("élément <" + name + ">", "element <" + name + ">");
    }

    /**
     * @param component an iCalendar component's name ({@code VEVENT})
     * @return {@code composant VEVENT} / {@code component VEVENT}
     */
    public static DocumentPlace component(String component) {
        return new DocumentPlace("composant " + component, "component " + component);
    }

    /**
     * @param detail what narrows this place down, in both languages
     * @return {@code this (detail)}, e.g. {@code ligne 12 (événement 4)}
     */
    public DocumentPlace with(DocumentPlace detail) {
        return new DocumentPlace(french + " (" + detail.french + ")", english + " (" + detail.english + ")");
    }

    /**
     * @param detail what narrows this place down, the same in both languages (a JSON pointer)
     * @return {@code this (detail)}, e.g. {@code ligne 12, colonne 5 (/edition/number)}
     */
    public DocumentPlace with(String detail) {
        return with(same(detail));
    }

    /**
     * @param outer the place that holds this one
     * @return {@code this dans outer} / {@code this in outer}
     */
    public DocumentPlace in(DocumentPlace outer) {
        return new DocumentPlace(french + " dans " + outer.french, english + " in " + outer.english);
    }

    /**
     * @param language a BCP 47 tag
     * @return the place in that language
     */
    public String text(String language) {
        return Bilingual.pick(language, french, english);
    }

    /** @return the place in English, for logs and test failures */
    @Override
    public String toString() {
        return english;
    }
}
