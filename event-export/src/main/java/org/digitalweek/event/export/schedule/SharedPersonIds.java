package org.digitalweek.event.export.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * The person ids of a schedule that several names shared, each name made its own person: said in one
 * repair for the whole document, naming the first few ids with how many names each had and the ids
 * they got ({@code 0 (253 names: 0, 0-2 … 0-253)}), and counting the rest. It counts as one repair
 * per name that got a new id, so that a report of many kinds of repair keeps it.
 */
final class SharedPersonIds {

    /** How many shared ids the repair names; the others are counted. */
    static final int NAMED = 5;

    private final Map<String, List<String>> idsBySource = new LinkedHashMap<>();
    private DocumentPlace firstPlace;

    /**
     * Records one more name under a source id that an earlier name already had.
     *
     * @param sourceId the id in the schedule
     * @param firstId  the id the first name under it got
     * @param id       the id this name got
     * @param place    where this name was met
     */
    void add(String sourceId, String firstId, String id, DocumentPlace place) {
        idsBySource.computeIfAbsent(sourceId, s -> new ArrayList<>(List.of(firstId))).add(id);
        if (firstPlace == null) {
            firstPlace = place;
        }
    }

    /** @param repairs where to say it, once, when some id was shared */
    void report(Repairs repairs) {
        if (idsBySource.isEmpty()) {
            return;
        }
        int count = idsBySource.size();
        StringBuilder en = new StringBuilder("person ids shared by different names: " + count
                + (count == 1 ? " id" : " ids") + "; each name is its own person: ");
        StringBuilder fr = new StringBuilder("identifiants de personne partagés par des noms différents : " + count
                + (count == 1 ? " identifiant" : " identifiants") + " ; chaque nom est une personne à part : ");
        List<Map.Entry<String, List<String>>> named = idsBySource.entrySet().stream().limit(NAMED).toList();
        for (int i = 0; i < named.size(); i++) {
            String sep = i == 0 ? "" : ", ";
            String source = named.get(i).getKey();
            List<String> ids = named.get(i).getValue();
            en.append(sep).append("id ").append(source).append(" (").append(ids.size()).append(" names: ")
                    .append(list(ids)).append(')');
            fr.append(sep).append("id ").append(source).append(" (").append(ids.size()).append(" noms : ")
                    .append(list(ids)).append(')');
        }
        if (count > NAMED) {
            en.append(", and ").append(count - NAMED).append(" more");
            fr.append(", et ").append(count - NAMED).append(" autres");
        }
        int further = idsBySource.values().stream().mapToInt(ids -> ids.size() - 1).sum();
        repairs.add(firstPlace, fr.toString(), en.toString(), further); // kept in a report cut short, as often
    }

    /** @return every id when there are three at most, else the first two … the last */
    private static String list(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : ids.get(0) + ", " + ids.get(1) + " … " + ids.get(ids.size() - 1);
    }
}
