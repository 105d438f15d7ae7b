package org.digitalweek.event.export.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

import org.digitalweek.event.domain.port.out.ImportWarning;
import org.digitalweek.event.export.jsonread.Places;

/** The repairs of one read, put back in document order at the end. */
final class Warnings {

    private record Found(long offset, ImportWarning warning) {
    }

    private final List<Found> found = new ArrayList<>();

    /**
     * @param name    the property that no record component has
     * @param pointer where it is
     * @param at      where its name starts
     */
    void unknownProperty(String name, JsonPointer pointer, TokenStreamLocation at) {
        String quoted = Places.abbreviate(name);
        found.add(new Found(Places.offset(at), new ImportWarning(Places.of(at, pointer),
                "propriété inconnue « " + quoted + " » ignorée",
                "unknown property \"" + quoted + "\" skipped")));
    }

    /** @return every warning, in the order of the document (a stable sort by offset) */
    List<ImportWarning> inDocumentOrder() {
        return found.stream().sorted(Comparator.comparingLong(Found::offset)).map(Found::warning).toList();
    }
}
