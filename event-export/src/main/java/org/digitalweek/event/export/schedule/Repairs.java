package org.digitalweek.event.export.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.port.out.ImportWarning;

/**
 * The repairs made while reading one document, in the order they were made. A repair made the same
 * way on many events (a type read as {@code OTHER}, a field the model does not keep) is said once,
 * at its first place, with the number of events.
 */
public final class Repairs {

    private record Repeated(String place, String messageFr, String messageEn, int[] count) {
    }

    private final List<Object> made = new ArrayList<>(); // ImportWarning or the key of a Repeated
    private final Map<String, Repeated> repeated = new LinkedHashMap<>();

    /**
     * @param place     where
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     */
    public void add(String place, String messageFr, String messageEn) {
        made.add(new ImportWarning(place, messageFr, messageEn));
    }

    /**
     * A repair that may recur; the same key is said once, with a count.
     *
     * @param key       what makes two repairs the same
     * @param place     where it was made first
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     */
    public void addRepeated(String key, String place, String messageFr, String messageEn) {
        Repeated known = repeated.get(key);
        if (known == null) {
            repeated.put(key, new Repeated(place, messageFr, messageEn, new int[] {1}));
            made.add(key);
        } else {
            known.count[0]++;
        }
    }

    /** @return every repair, in the order made */
    public List<ImportWarning> all() {
        List<ImportWarning> warnings = new ArrayList<>();
        for (Object item : made) {
            if (item instanceof ImportWarning warning) {
                warnings.add(warning);
            } else {
                Repeated r = repeated.get((String) item);
                int n = r.count[0];
                warnings.add(n == 1 ? new ImportWarning(r.place, r.messageFr, r.messageEn)
                        : new ImportWarning(r.place, r.messageFr + " (" + n + " fois)", r.messageEn + " (" + n
                        + " times)"));
            }
        }
        return warnings;
    }
}
