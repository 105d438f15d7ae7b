package org.digitalweek.event.export.ics;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import biweekly.component.VEvent;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.Repairs;

/**
 * The time zone of the edition a calendar holds: the one it names in {@code X-WR-TIMEZONE}, else
 * the one IANA zone all its events' {@code TZID}s name (said). With none, the schedule builder takes
 * the user's option or reports the problem.
 */
final class EditionZone {

    private static final String NAME = "X-WR-TIMEZONE";

    private EditionZone() {
    }

    /**
     * @param calendars every calendar of the document
     * @param repairs   where the choice of the events' zone is said
     * @return the zone the calendar names ({@code X-WR-TIMEZONE}), else the one IANA zone its events'
     *         {@code TZID}s name, else the name it gives even if unknown, else null
     */
    static String choose(List<CalendarReader.Parsed> calendars, Repairs repairs) {
        Optional<CalendarReader.Parsed> named = calendars.stream()
                .filter(p -> CalendarReader.raw(p.calendar(), NAME) != null).findFirst();
        String declared = named.map(p -> CalendarReader.raw(p.calendar(), NAME)).orElse(null);
        if (declared != null && EventTimes.ianaZone(declared).isPresent()) {
            return declared;
        }
        Set<ZoneId> used = new LinkedHashSet<>();
        for (CalendarReader.Parsed parsed : calendars) {
            for (VEvent event : parsed.calendar().getEvents()) {
                EventTimes.ianaZone(event.getDateStart()).ifPresent(used::add);
                EventTimes.ianaZone(event.getDateEnd()).ifPresent(used::add);
            }
        }
        if (used.size() != 1) {
            return declared; // unknown or absent: the builder says so, or takes the option
        }
        String zone = used.iterator().next().getId();
        Outline first = calendars.get(0).outline();
        DocumentPlace place = declared == null ? CalendarPlaces.of(first.line(), first)
                : CalendarPlaces.of(named.get().outline().lineOf(NAME), named.get().outline());
        repairs.add(place, (declared == null ? "pas de X-WR-TIMEZONE" : "X-WR-TIMEZONE « " + declared + " » inconnu")
                + " : fuseau " + zone + ", celui des TZID des événements", (declared == null ? "no X-WR-TIMEZONE"
                : "unknown X-WR-TIMEZONE '" + declared + "'") + ": time zone " + zone + ", the events' TZID");
        return zone;
    }
}
