package org.digitalweek.event.export.ics;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import biweekly.ICalendar;
import biweekly.component.VTimezone;
import biweekly.property.DateOrDateTimeProperty;

import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.Repairs;

/**
 * The {@code VTIMEZONE}s of one calendar, read lazily: a zone's observances are expanded only when
 * an event's time names its {@code TZID}, only up to that time, and within the document's
 * {@link OnsetBudget}. A {@code TZID} the JDK knows never gets here: its rules are the better source
 * ({@link EventTimes#ianaZone(String)}), so a hostile {@code VTIMEZONE} under a known name costs
 * nothing.
 */
final class CalendarZones {

    private final Map<String, Outline> outlines = new LinkedHashMap<>();
    private final Map<String, VTimezone> components = new HashMap<>();
    private final Map<String, DefinedZone> read = new HashMap<>();
    private final OnsetBudget budget;
    private final Problems problems;

    /**
     * @param calendar the calendar, as {@link ZoneFreeReader} read it: its {@code VTIMEZONE}s still components
     * @param outline  where its components are
     * @param budget   the onsets the whole document may expand
     * @param problems where a zone that cannot be read is recorded
     * @param repairs  where ignored zones are said
     */
    CalendarZones(ICalendar calendar, Outline outline, OnsetBudget budget, Problems problems, Repairs repairs) {
        this.budget = budget;
        this.problems = problems;
        List<VTimezone> zones = calendar.getComponents(VTimezone.class);
        List<Outline> zoneOutlines = outline.children().stream().filter(c -> c.name().equals("VTIMEZONE")).toList();
        for (int i = 0; i < zones.size(); i++) {
            Outline at = i < zoneOutlines.size() ? zoneOutlines.get(i) : outline;
            String tzid = zones.get(i).getTimezoneId() == null ? null : zones.get(i).getTimezoneId().getValue();
            if (tzid == null || tzid.isBlank()) {
                repairs.addRepeated("zone without tzid", CalendarPlaces.of(at.line(), at), "VTIMEZONE sans TZID "
                        + "ignoré", "VTIMEZONE without TZID ignored");
            } else if (components.putIfAbsent(tzid.strip(), zones.get(i)) == null) {
                outlines.put(tzid.strip(), at);
            } else {
                repairs.addRepeated("zone twice " + tzid, CalendarPlaces.of(at.line(), at), "VTIMEZONE « " + tzid
                        + " » en double : le premier est lu", "VTIMEZONE '" + tzid + "' twice: the first is read");
            }
        }
    }

    /**
     * @param property a date or date-time property
     * @return the {@code TZID} it names, as written, if it has a time and names one
     */
    static Optional<String> tzid(DateOrDateTimeProperty property) {
        if (property == null || property.getValue() == null || !property.getValue().hasTime()) {
            return Optional.empty();
        }
        return Optional.ofNullable(property.getParameters().getTimezoneId()).filter(t -> !t.isBlank());
    }

    /**
     * @param tzid a {@code TZID}
     * @return whether the calendar has a {@code VTIMEZONE} of that {@code TZID}
     */
    boolean defines(String tzid) {
        return components.containsKey(tzid.strip());
    }

    /**
     * @param tzid  the {@code TZID} of a {@code VTIMEZONE} of the calendar
     * @param local a wall-clock time in that zone
     * @return the offset in force then; empty when the zone cannot say (a problem is then recorded,
     *         once for the zone)
     */
    Optional<ZoneOffset> offset(String tzid, LocalDateTime local) {
        DefinedZone zone = read.computeIfAbsent(tzid.strip(), t -> new DefinedZone(t, components.get(t),
                outlines.get(t)));
        if (zone.failed()) {
            return Optional.empty();
        }
        try {
            return Optional.of(zone.offsetAt(local, budget));
        } catch (DefinedZone.Unusable e) {
            problems.add(e.place(), e.ruleFr(), e.ruleEn());
            return Optional.empty();
        }
    }

    /** How many onsets one document may expand, over all its calendars' zones. */
    static final class OnsetBudget {

        /**
         * The onsets a document may expand: five zones of two yearly rules each from the year 0001
         * to 9999, or Outlook's rules from 1601 in over a hundred zones; a zone changes its offset a
         * few times a year.
         */
        static final int ONSETS = 100_000;

        private final int limit;
        private int spent;

        /** A budget of {@value #ONSETS} onsets. */
        OnsetBudget() {
            this(ONSETS);
        }

        /** @param limit another limit, for tests */
        OnsetBudget(int limit) {
            this.limit = limit;
        }

        /** @return whether one more onset may be expanded; it is then counted */
        boolean spend() {
            if (spent >= limit) {
                return false;
            }
            spent++;
            return true;
        }

        /** @return the limit */
        int limit() {
            return limit;
        }
    }
}
