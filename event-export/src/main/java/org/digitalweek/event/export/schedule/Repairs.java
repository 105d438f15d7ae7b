package org.digitalweek.event.export.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * The repairs made while reading one document, in the order they were made. A repair made the same
 * way on many events (a type read as {@code OTHER}, a field the model does not keep, a guid that is
 * no id) is said once, at its first place, with the number of events and the next few places
 * ({@link ImportWarning#repeated}); past {@value ImportWarning#LISTED} kinds, the rarest are counted
 * ({@link ImportWarning#listed}).
 */
public final class Repairs {

    private static final class Repeated {
        private final List<DocumentPlace> places = new ArrayList<>();
        private final String messageFr;
        private final String messageEn;
        private int count;

        Repeated(String messageFr, String messageEn) {
            this.messageFr = messageFr;
            this.messageEn = messageEn;
        }

        void at(Supplier<DocumentPlace> place) {
            count++;
            if (places.size() < ImportWarning.PLACES_NAMED) {
                DocumentPlace named = place.get();
                if (!places.contains(named)) {
                    places.add(named);
                }
            }
        }
    }

    /** A repair said once that stands for several: it is listed as if made that many times. */
    private record Counted(ImportWarning warning, int times) {
    }

    private final List<Object> made = new ArrayList<>(); // Counted or the key of a Repeated
    private final Map<String, Repeated> repeated = new LinkedHashMap<>();

    /**
     * A repair made once for the whole document (its time zone, its dates, its title).
     *
     * @param place     where
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     */
    public void add(DocumentPlace place, String messageFr, String messageEn) {
        add(place, messageFr, messageEn, 1);
    }

    /**
     * A repair said once for the whole document that stands for several (one per person it made, say),
     * so that a report cut to {@value ImportWarning#LISTED} kinds keeps it as it keeps a repair made
     * that many times.
     *
     * @param place     where
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     * @param times     how many repairs it stands for, at least 1
     */
    public void add(DocumentPlace place, String messageFr, String messageEn, int times) {
        made.add(new Counted(new ImportWarning(place, messageFr, messageEn), Math.max(1, times)));
    }

    /**
     * A repair that may recur, one per event or element; the same key is said once, with a count
     * and its first places. The messages of the first repair of a key are kept: they must not
     * name what differs from one repair of the key to the next, which the places show.
     *
     * @param key       what makes two repairs the same
     * @param place     where it was made this time
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     */
    public void addRepeated(String key, DocumentPlace place, String messageFr, String messageEn) {
        addRepeated(key, () -> place, () -> messageFr, () -> messageEn);
    }

    /**
     * The same, for a reader that meets a repair on every event: the place is written only while the
     * key names its first places, and the messages only for the first repair of the key.
     *
     * @param key       what makes two repairs the same
     * @param place     where it was made this time
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     */
    public void addRepeated(String key, Supplier<DocumentPlace> place, Supplier<String> messageFr,
                            Supplier<String> messageEn) {
        Repeated known = repeated.get(key);
        if (known == null) {
            known = new Repeated(messageFr.get(), messageEn.get());
            repeated.put(key, known);
            made.add(key);
        }
        known.at(place);
    }

    /**
     * @return every kind of repair, in the order each was first made; past {@value ImportWarning#LISTED}
     *         kinds, those made most often and a count of the rest
     */
    public List<ImportWarning> all() {
        List<ImportWarning> warnings = new ArrayList<>();
        int[] times = new int[made.size()];
        for (Object item : made) {
            if (item instanceof Counted counted) {
                times[warnings.size()] = counted.times();
                warnings.add(counted.warning());
            } else {
                Repeated r = repeated.get((String) item);
                times[warnings.size()] = r.count;
                warnings.add(ImportWarning.repeated(r.places, r.count, r.messageFr, r.messageEn));
            }
        }
        return ImportWarning.listed(warnings, times);
    }
}
