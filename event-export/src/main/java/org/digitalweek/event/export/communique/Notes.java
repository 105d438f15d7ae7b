package org.digitalweek.event.export.communique;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Provenance;

/**
 * The notes to editors: one per distinct illustrative note the text draws on, numbered in order of
 * first use. A fact taken from an illustrative item is followed by its mark ({@code [1]}), so the
 * communiqué never states an invented fact as fact.
 */
final class Notes {

    private final ReaderLanguage language;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** @param language the reader's language, the notes are resolved in */
    Notes(ReaderLanguage language) {
        this.language = language;
    }

    /**
     * @param provenance where a fact comes from
     * @return the empty string for a reported fact, else a no-break space and the note's mark
     */
    String mark(Provenance provenance) {
        if (!(provenance instanceof Provenance.Illustrative illustrative)) {
            return "";
        }
        String note = illustrative.note().resolve(language);
        int number = numbers.computeIfAbsent(note, n -> numbers.size() + 1);
        return "\u00A0[" + number + "]";
    }

    /** @return each note once, as {@code [n] text}, in the order of their marks */
    List<String> lines() {
        return numbers.entrySet().stream().map(e -> "[" + e.getValue() + "] " + e.getKey()).toList();
    }
}
