package org.digitalweek.event.export.ics;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import biweekly.component.VEvent;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.DurationProperty;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.EntryTime;
import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.Repairs;

/**
 * When an event takes place, from its {@code DTSTART} and its {@code DTEND} or {@code DURATION}.
 * A time with a {@code TZID} that names an IANA zone is read with the JDK's rules for that zone, whatever
 * {@code VTIMEZONE} the calendar gives it; a {@code TZID} of a custom {@code VTIMEZONE} with the
 * offsets of its observances, expanded only as far as that time ({@link CalendarZones}, said); a
 * time in UTC ({@code Z}) as it is; a floating time on the edition's wall clock. An all-day event
 * ({@code VALUE=DATE}) runs from 00:00 on its first day to 00:00 after its last ({@code DTEND} is
 * exclusive; no end is one day).
 */
final class EventTimes {

    /** A start or an end: an instant, or a time on the edition's wall clock; {@code date} for a whole day. */
    private record Moment(Instant instant, LocalDateTime local, boolean date) {
        Instant in(ZoneId zone) {
            return instant != null ? instant : local.atZone(zone).toInstant();
        }
    }

    private final CalendarZones zones;
    private final ZoneId editionZone;
    private final Problems problems;
    private final Repairs repairs;

    /**
     * @param zones       the time zones of the event's calendar
     * @param editionZone the edition's zone, to compare a floating time with one in a zone
     * @param problems    where unreadable times go
     * @param repairs     where guesses go
     */
    EventTimes(CalendarZones zones, ZoneId editionZone, Problems problems, Repairs repairs) {
        this.zones = zones;
        this.editionZone = editionZone;
        this.problems = problems;
        this.repairs = repairs;
    }

    /**
     * @param property a date or date-time property
     * @return the IANA zone its {@code TZID} names, if it has a time and names one
     */
    static Optional<ZoneId> ianaZone(DateOrDateTimeProperty property) {
        return CalendarZones.tzid(property).flatMap(EventTimes::ianaZone);
    }

    /**
     * @param tzid a {@code TZID}, possibly with the leading {@code /} of a global id
     * @return the zone, when the JDK knows that name
     */
    static Optional<ZoneId> ianaZone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid.strip().replaceFirst("^/", "")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param event   an event
     * @param outline where its properties are
     * @return when it takes place, or null when that cannot be read (a problem is then recorded)
     */
    EntryTime of(VEvent event, Outline outline) {
        if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
            DocumentPlace place = CalendarPlaces.of(outline.lineOf("DTSTART"), outline);
            if (outline.properties().containsKey("DTSTART")) {
                unreadable(place, event, "DTSTART");
            } else {
                problems.add(place, "pas de DTSTART : un événement a besoin d'un début", "no DTSTART: an event needs"
                        + " a start");
            }
            return null;
        }
        Moment start = moment(event.getDateStart(), "DTSTART", outline);
        Duration length = start == null ? null : length(event, outline, start);
        if (length == null) {
            return null;
        }
        if (start.date()) {
            repairs.addRepeated("all-day", CalendarPlaces.of(outline.lineOf("DTSTART"), outline),
                    "événement sur des journées entières : de 00:00 le premier jour à 00:00 après le dernier",
                    "all-day event: from 00:00 on its first day to 00:00 after its last");
        }
        return start.instant() != null ? EntryTime.at(start.instant(), length) : EntryTime.local(start.local(), length);
    }

    private Duration length(VEvent event, Outline outline, Moment start) {
        if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
            if (event.getDuration() != null) {
                repairs.addRepeated("dtend and duration", CalendarPlaces.of(outline.lineOf("DURATION"), outline),
                        "DTEND et DURATION à la fois : DURATION ignorée",
                        "both DTEND and DURATION: DURATION ignored");
            }
            Moment end = moment(event.getDateEnd(), "DTEND", outline);
            if (end == null) {
                return null;
            }
            Duration length = start.local() != null && end.local() != null
                    ? Duration.between(start.local(), end.local())
                    : Duration.between(start.in(editionZone), end.in(editionZone));
            if (length.isNegative()) {
                String ending = written(event.getDateEnd());
                String begin = written(event.getDateStart());
                problems.add(CalendarPlaces.of(outline.lineOf("DTEND"), outline), "DTEND (" + ending + ") est avant"
                        + " DTSTART (" + begin + ")", "DTEND (" + ending + ") is before DTSTART (" + begin + ")");
                return null;
            }
            return length;
        }
        if (outline.properties().containsKey("DTEND")) {
            unreadable(CalendarPlaces.of(outline.lineOf("DTEND"), outline), event, "DTEND");
            return null;
        }
        DurationProperty duration = event.getDuration();
        if (duration != null && duration.getValue() != null) {
            if (duration.getValue().isPrior()) {
                problems.add(CalendarPlaces.of(outline.lineOf("DURATION"), outline), "DURATION négative ("
                        + duration.getValue() + ") : un événement ne peut pas finir avant de commencer",
                        "negative DURATION (" + duration.getValue() + "): an event cannot end before it starts");
                return null;
            }
            return Duration.ofMillis(duration.getValue().toMillis());
        }
        return start.date() ? Duration.ofDays(1) : Duration.ZERO;
    }

    private Moment moment(DateOrDateTimeProperty property, String name, Outline outline) {
        ICalDate value = property.getValue();
        DateTimeComponents raw = value.getRawComponents();
        if (raw == null) {
            return new Moment(value.toInstant(), null, false);
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
                    raw.getSecond());
        } catch (DateTimeException e) {
            problems.add(CalendarPlaces.of(outline.lineOf(name), outline), name + " « " + raw + " » n'est pas"
                    + " une date qui existe", name + " '" + raw + "' is not a date that exists");
            return null;
        }
        if (!value.hasTime()) {
            return new Moment(null, local.toLocalDate().atStartOfDay(), true);
        }
        if (raw.isUtc()) {
            return new Moment(local.toInstant(ZoneOffset.UTC), null, false);
        }
        String tzid = CalendarZones.tzid(property).orElse(null);
        if (tzid == null) {
            return new Moment(null, local, false);
        }
        Optional<ZoneId> iana = ianaZone(tzid);
        if (iana.isPresent()) {
            return new Moment(local.atZone(iana.get()).toInstant(), null, false);
        }
        if (zones.defines(tzid)) {
            repairs.addRepeated("custom zone " + tzid, CalendarPlaces.of(outline.lineOf(name), outline),
                    "TZID « " + tzid + " » n'est pas un fuseau IANA : heures lues avec les décalages de son "
                    + "VTIMEZONE",
                    "TZID '" + tzid + "' is no IANA time zone: times read with the offsets of its VTIMEZONE");
            return zones.offset(tzid, local).map(o -> new Moment(local.toInstant(o), null, false)).orElse(null);
        }
        repairs.addRepeated("unknown zone " + tzid, CalendarPlaces.of(outline.lineOf(name), outline),
                "TZID « " + tzid + " » inconnu (ni fuseau IANA ni VTIMEZONE) : heures lues à l'heure locale "
                + "de l'édition", "TZID '" + tzid + "' is unknown (no IANA time zone, no VTIMEZONE): times "
                + "read on the edition's wall clock");
        return new Moment(null, local, false);
    }

    private static String written(DateOrDateTimeProperty property) {
        DateTimeComponents raw = property.getValue().getRawComponents();
        return raw == null ? property.getValue().toInstant().toString() : raw.toString();
    }

    /** Records a property that is there but that biweekly could not read, with its value. */
    private void unreadable(DocumentPlace place, VEvent event, String name) {
        RawProperty raw = event.getExperimentalProperty(name);
        String value = raw == null || raw.getValue() == null ? null : CalendarPlaces.abbreviate(raw.getValue());
        problems.add(place, name + (value == null ? "" : " « " + value + " »") + " n'est ni une date ni une date et"
                + " heure (AAAAMMJJ ou AAAAMMJJTHHMMSS, avec Z pour l'UTC)", name + (value == null ? "" : " '" + value
                + "'") + " is not a date or a date-time (YYYYMMDD or YYYYMMDDTHHMMSS, with Z for UTC)");
    }
}
