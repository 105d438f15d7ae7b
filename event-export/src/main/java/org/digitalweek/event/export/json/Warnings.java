package org.digitalweek.event.export.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.export.jsonread.Places;
import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * The repairs of one read, put back in document order at the end. The same unknown property at the
 * same place of every item of a list ({@code /sessions/0/x}, {@code /sessions/1/x}, …) is said once,
 * with a count and its first places ({@link ImportWarning#repeated}).
 */
final class Warnings {

    /** One kind of repair: its messages, and its places by offset in the document. */
    private static final class Kind {
        private final String messageFr;
        private final String messageEn;
        private final TreeMap<Long, DocumentPlace> places = new TreeMap<>();
        private int count;

        Kind(String messageFr, String messageEn) {
            this.messageFr = messageFr;
            this.messageEn = messageEn;
        }

        void at(long offset, DocumentPlace place) {
            count++;
            places.putIfAbsent(offset, place);
            if (places.size() > ImportWarning.PLACES_NAMED) {
                places.pollLastEntry(); // keep the first places in the document, whatever the order found
            }
        }

        ImportWarning warning() {
            return ImportWarning.repeated(new ArrayList<DocumentPlace>(places.values()), count, messageFr, messageEn);
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final LineBreaks breaks;

    /** @param breaks the line breaks of the text read, to place warnings as editors count lines */
    Warnings(LineBreaks breaks) {
        this.breaks = breaks;
    }

    /**
     * @param name    the property that no record component has
     * @param pointer where it is
     * @param at      where its name starts
     */
    void unknownProperty(String name, JsonPointer pointer, TokenStreamLocation at) {
        String quoted = Places.abbreviate(name);
        String key = name + " at " + pointer.toString().replaceAll("/\\d+(?=/|$)", "/*");
        kinds.computeIfAbsent(key, k -> new Kind("propriété inconnue « " + quoted + " » ignorée",
                "unknown property \"" + quoted + "\" skipped")).at(Places.offset(at), Places.of(at, pointer, breaks));
    }

    /** @return every warning, in the order of the document (by the first place of each kind) */
    List<ImportWarning> inDocumentOrder() {
        List<Kind> ordered = kinds.values().stream()
                .sorted(Comparator.comparingLong((Kind k) -> k.places.firstKey())).toList();
        return ImportWarning.listed(ordered.stream().map(Kind::warning).toList(),
                ordered.stream().mapToInt(k -> k.count).toArray());
    }
}
