package org.digitalweek.event.export.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.SortedSet;
import java.util.TreeSet;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * Builds the {@code VTIMEZONE} of a zone from the JDK's own rules, for the whole calendar years the
 * calendar's times fall in (not the years between them), so that its bytes depend on the zone and
 * the years only. biweekly can otherwise only download one from tzurl.org, which would make an
 * export depend on the network. For each run of consecutive years, one observance starts on
 * 1 January of its first year with the offset then in force; one more follows for every transition
 * until the end of its last year, each with its single {@code DTSTART} (no {@code RRULE}, which is
 * exact over a short span). A zone without daylight saving time, like those of the AES, gets one
 * {@code STANDARD} observance. No {@code TZNAME}: it is optional, and the JDK's abbreviations vary
 * with its locale data.
 */
final class ZoneObservances {

    private ZoneObservances() {
    }

    /**
     * @param zone      the zone; its id is the {@code TZID}
     * @param firstYear the first year to cover
     * @param lastYear  the last year to cover; not before {@code firstYear}
     * @return the {@code VTIMEZONE}
     */
    static VTimezone of(ZoneId zone, int firstYear, int lastYear) {
        SortedSet<Integer> years = new TreeSet<>();
        for (int year = firstYear; year <= lastYear; year++) {
            years.add(year);
        }
        return of(zone, years);
    }

    /**
     * @param zone  the zone; its id is the {@code TZID}
     * @param years the years the calendar's times fall in; at least one. Each run of consecutive years
     *              starts with the offset in force on its 1 January: a session from 0001 to 9999 needs
     *              two years of rules, not ten thousand
     * @return the {@code VTIMEZONE}
     */
    static VTimezone of(ZoneId zone, SortedSet<Integer> years) {
        VTimezone component = new VTimezone(zone.getId());
        Integer runStart = null;
        Integer previous = null;
        for (int year : years) {
            if (runStart != null && year != previous + 1) {
                cover(component, zone, runStart, previous);
                runStart = null;
            }
            runStart = runStart == null ? year : runStart;
            previous = year;
        }
        cover(component, zone, runStart, previous);
        return component;
    }

    /** Adds the observances of the years {@code firstYear} to {@code lastYear}, both included. */
    private static void cover(VTimezone component, ZoneId zone, int firstYear, int lastYear) {
        ZoneRules rules = zone.getRules();
        LocalDateTime start = LocalDateTime.of(firstYear, 1, 1, 0, 0);
        Instant from = start.atZone(zone).toInstant();
        Instant until = LocalDateTime.of(lastYear + 1, 1, 1, 0, 0).atZone(zone).toInstant();
        ZoneOffset offset = rules.getOffset(from);
        component.addComponent(observance(rules.isDaylightSavings(from), start, offset, offset));

        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(until)) {
            component.addComponent(observance(rules.isDaylightSavings(next.getInstant()),
                    next.getDateTimeBefore(), next.getOffsetBefore(), next.getOffsetAfter()));
            next = rules.nextTransition(next.getInstant());
        }
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset before,
                                         ZoneOffset after) {
        Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(),
                start.getDayOfMonth(), start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(utcOffset(before));
        observance.setTimezoneOffsetTo(utcOffset(after));
        return observance;
    }

    private static UtcOffset utcOffset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
