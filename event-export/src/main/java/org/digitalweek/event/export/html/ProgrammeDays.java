package org.digitalweek.event.export.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;

/**
 * The days of the page and the sessions on each: every day of the edition, and any day a session
 * touches outside it. A session that spans several days (an exhibition) is on each of them.
 */
final class ProgrammeDays {

    private ProgrammeDays() {
    }

    /** @return each day with its sessions in programme order, days in order */
    static Map<LocalDate, List<Session>> of(PublicEdition edition) {
        Map<LocalDate, List<Session>> days = new TreeMap<>();
        edition.dates().days().forEach(day -> days.put(day, new ArrayList<>()));
        for (Session session : edition.programme()) {
            LocalDate last = session.slot().end().toLocalDate();
            for (LocalDate day = session.slot().start().toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                if (session.slot().touches(day)) {
                    days.computeIfAbsent(day, d -> new ArrayList<>()).add(session);
                }
            }
        }
        return days;
    }
}
