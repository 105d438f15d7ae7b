package org.digitalweek.event.domain.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * The words of a group of overlapping sessions, the same for a room and for a person: two sessions
 * are named both; a larger group is counted, its span given, and its first {@value #NAMED} sessions
 * named, so that a message stays short however many sessions clash (the finding still lists them all).
 */
final class ClashGroup {

    /** How many sessions of a larger group its message names. */
    static final int NAMED = 3;

    private ClashGroup() {
    }

    /**
     * Reports a group: two sessions are named both (« … accueille deux sessions à la fois : A et B »),
     * a larger group counted, with its span and its first sessions named.
     *
     * @param sink     where the finding goes
     * @param rule     the rule broken
     * @param group    the sessions, in programme order
     * @param people   the people concerned
     * @param rooms    the rooms concerned
     * @param whoFr    who or what is booked twice, with the verb, e.g. {@code La salle « X » (x) accueille}
     * @param whoEn    the same in English, e.g. {@code Room "X" (x) holds}
     */
    static void report(Sink sink, Rule rule, List<Session> group, List<OfficialId> people, List<RoomId> rooms,
                       String whoFr, String whoEn) {
        if (group.size() == 2) {
            sink.report(rule, group, people, rooms,
                    whoFr + " deux sessions à la fois : " + Messages.fr(group.get(0)) + " et "
                            + Messages.fr(group.get(1)) + ".",
                    whoEn + " two sessions at once: " + Messages.en(group.get(0)) + " and "
                            + Messages.en(group.get(1)) + ".");
            return;
        }
        String span = Messages.slot(span(group));
        sink.report(rule, group, people, rooms,
                whoFr + " " + group.size() + " sessions qui se chevauchent sur " + span + " : " + namedFr(group) + ".",
                whoEn + " " + group.size() + " overlapping sessions over " + span + ": " + namedEn(group) + ".");
    }

    /** @return from the group's first start to its latest end */
    static TimeSlot span(List<Session> group) {
        LocalDateTime end = group.get(0).slot().end();
        for (Session s : group) {
            if (s.slot().end().isAfter(end)) {
                end = s.slot().end();
            }
        }
        return new TimeSlot(group.get(0).slot().start(), end);
    }

    /** @return the sessions of a larger group, as {@code « a » (…), « b » (…), « c » (…) et 9 autres} */
    static String namedFr(List<Session> group) {
        return named(group, Messages::fr, " et ", " autres", " autre");
    }

    /** @return the sessions of a larger group, as {@code "a" (…), "b" (…), "c" (…) and 9 more} */
    static String namedEn(List<Session> group) {
        return named(group, Messages::en, " and ", " more", " more");
    }

    private static String named(List<Session> group, Function<Session, String> label, String and, String others,
                                String other) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(NAMED, group.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(i == shown - 1 && shown == group.size() ? and : ", ");
            }
            text.append(label.apply(group.get(i)));
        }
        int rest = group.size() - shown;
        if (rest > 0) {
            text.append(and).append(rest).append(rest == 1 ? other : others);
        }
        return text.toString();
    }
}
