package org.digitalweek.event.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * A repair an importer made to read a document, e.g. {@code event 1234: no guid, derived from id}.
 *
 * <p>Importers say a repair made the same way many times once ({@link #repeated}), and list at most
 * {@value #LISTED} kinds of repair ({@link #listed}), so that a document of 200,000 events gives a
 * report of a few lines, not 200,000.
 *
 * @param place     where, in both languages, e.g. {@code ligne 15, colonne 15 (/edition/number)} /
 *                  {@code line 15, column 15 (/edition/number)} or an item id
 * @param messageFr what was repaired, in French
 * @param messageEn what was repaired, in English
 */
public record ImportWarning(DocumentPlace place, String messageFr, String messageEn) {

    /** How many places a repeated repair names: the first, then the next ones in its message. */
    public static final int PLACES_NAMED = 3;
    /** How many repairs a report lists; the rest are counted. */
    public static final int LISTED = 100;

    /** Checks that no part is missing. */
    public ImportWarning {
        Objects.requireNonNull(place, "'place' must not be null");
        Objects.requireNonNull(messageFr, "'messageFr' must not be null");
        Objects.requireNonNull(messageEn, "'messageEn' must not be null");
    }

    /**
     * @param language the BCP 47 tag a person asked for
     * @return what was repaired, in the language {@link ReaderLanguage} decides
     */
    public String message(String language) {
        return ReaderLanguage.of(language).pick(messageFr, messageEn);
    }

    /**
     * A repair made {@code count} times, said once: at its first place, with the count and the next
     * places, up to {@value #PLACES_NAMED} in all, e.g.
     * {@code no guid, derived from id (773 times; also at event 11796 (line 60), event 11797 (line 104), …)}.
     *
     * @param places    its first places, in document order, at least one; those past
     *                  {@value #PLACES_NAMED} are not named
     * @param count     how many times it was made; at least the number of places
     * @param messageFr what was repaired, in French
     * @param messageEn what was repaired, in English
     * @return the repair
     */
    public static ImportWarning repeated(List<DocumentPlace> places, int count, String messageFr, String messageEn) {
        if (places.isEmpty() || count < places.size()) {
            throw new InvariantViolationException("ImportWarning", "a repeated repair has a place, and as many "
                    + "repairs as places");
        }
        if (count == 1) {
            return new ImportWarning(places.get(0), messageFr, messageEn);
        }
        List<DocumentPlace> also = places.subList(1, Math.min(places.size(), PLACES_NAMED));
        String more = count > also.size() + 1 ? ", …" : "";
        String alsoFr = also.isEmpty() ? "" : " ; aussi : " + join(also, DocumentPlace::french) + more;
        String alsoEn = also.isEmpty() ? "" : "; also at " + join(also, DocumentPlace::english) + more;
        return new ImportWarning(places.get(0), messageFr + " (" + count + " fois" + alsoFr + ")",
                messageEn + " (" + count + " times" + alsoEn + ")");
    }

    private static String join(List<DocumentPlace> places, Function<DocumentPlace, String> text) {
        return String.join(", ", places.stream().map(text).toList());
    }

    /**
     * @param language a BCP 47 tag
     * @return one line: {@code place : message} / {@code place: message}
     */
    public String describe(String language) {
        return new DocumentProblem(place, messageFr, messageEn).describe(language);
    }

    /**
     * @param repairs every repair of a document, in order, each said once however many times it was made
     * @param times   how many times each was made, in the same order
     * @return the {@value #LISTED} repairs made most often (the first among equals), in their order,
     *         then, if there are more, one that counts the rest: a document with a new property name
     *         on each of its events still gives a short report, and its repeated repairs stay in it
     */
    public static List<ImportWarning> listed(List<ImportWarning> repairs, int[] times) {
        if (repairs.size() != times.length) {
            throw new InvariantViolationException("ImportWarning", "one count per repair");
        }
        if (repairs.size() <= LISTED) {
            return List.copyOf(repairs);
        }
        List<Integer> byTimes = new ArrayList<>();
        for (int i = 0; i < repairs.size(); i++) {
            byTimes.add(i);
        }
        byTimes.sort((a, b) -> times[b] != times[a] ? Integer.compare(times[b], times[a]) : Integer.compare(a, b));
        boolean[] kept = new boolean[repairs.size()];
        byTimes.subList(0, LISTED).forEach(i -> kept[i] = true);
        List<ImportWarning> listed = new ArrayList<>();
        long rest = 0;
        for (int i = 0; i < repairs.size(); i++) {
            if (kept[i]) {
                listed.add(repairs.get(i));
            } else {
                rest += times[i];
            }
        }
        int kinds = repairs.size() - LISTED;
        listed.add(new ImportWarning(DocumentPlace.ELSEWHERE,
                Plurals.french(rest, "autre réparation", "autres réparations") + " ("
                        + Plurals.french(kinds, "sorte", "sortes") + ")" + (rest < 2 ? ", non listée" : ", non listées"),
                Plurals.english(rest, "more repair", "more repairs") + " ("
                        + Plurals.english(kinds, "kind", "kinds") + "), not listed"));
        return List.copyOf(listed);
    }
}
