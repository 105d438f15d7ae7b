package org.digitalweek.event.export.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The footnotes of a page: each distinct note once, numbered in order of first use. */
final class Notes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** @return the number of the note, given it on first use */
    int number(String note) {
        return numbers.computeIfAbsent(note, n -> numbers.size() + 1);
    }

    /** @return the notes in number order */
    List<String> inOrder() {
        return new ArrayList<>(numbers.keySet());
    }
}
