package org.digitalweek.event.domain.rules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

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
        return named(group, Messages::fr, ", ", " et ", " autres", " autre");
    }

    /** @return the sessions of a larger group, as {@code "a" (…), "b" (…), "c" (…) and 9 more} */
    static String namedEn(List<Session> group) {
        return named(group, Messages::en, ", ", " and ", " more", " more");
    }

    private static String named(List<Session> group, Function<Session, String> label, String comma, String and,
                                String others, String other) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(NAMED, group.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(i == shown - 1 && shown == group.size() ? and : comma);
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
