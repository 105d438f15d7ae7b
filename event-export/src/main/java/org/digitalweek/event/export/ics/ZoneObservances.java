package org.digitalweek.event.export.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

/**
 * Builds the {@code VTIMEZONE} of a zone from the JDK's own rules, for whole calendar years, so that
 * its bytes depend on the zone and the years only. biweekly can otherwise only download one from
 * tzurl.org, which would make an export depend on the network. One observance starts on 1 January
 * of the first year with the offset then in force; one more follows for every transition until the
 * end of the last year, each with its single {@code DTSTART} (no {@code RRULE}, which is exact over a
 * short span). A zone without daylight saving time, like those of the AES, gets one
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
        ZoneRules rules = zone.getRules();
        VTimezone component = new VTimezone(zone.getId());
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
        return component;
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
