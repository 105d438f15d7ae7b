package org.digitalweek.event.export.frabjson;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.schedule.EntryTime;

/**
 * A time written with an offset that its time zone did not have then (pretalx's DemoCon names
 * {@code UTC} and writes {@code +01:00}): the instant is kept, and shown on the zone's clock, which
 * moves it; that is said, once per offset.
 */
final class Offsets {

    private Offsets() {
    }

    /**
     * @param time  a time as written
     * @param zone  the edition's zone, if known
     * @param event where it is
     */
    static void check(OffsetDateTime time, Optional<ZoneId> zone, Fields event) {
        if (zone.isEmpty()) {
            return;
        }
        ZoneOffset then = zone.get().getRules().getOffset(time.toInstant());
        if (!then.equals(time.getOffset())) {
            String written = shown(time.getOffset());
            event.repairs().addRepeated("offset " + written, event.place(), "heure au décalage " + written
                    + " alors que le fuseau " + zone.get() + " est à " + shown(then) + " : l'instant est gardé,"
                    + " donc l'heure affichée change", "time at offset " + written + " while the time zone "
                    + zone.get() + " is at " + shown(then) + " then: the instant is kept, so the clock time shown moves");
        }
    }

    /**
     * @param start  when an event starts, as written
     * @param length how long it lasts
     * @param zone   the edition's zone, if known
     * @param event  where it is
     * @return its time: an instant when the start has an offset (checked against the zone), else the wall clock
     */
    static EntryTime entryTime(JsonTimes.When start, Duration length, Optional<ZoneId> zone, Fields event) {
        if (start.withOffset() == null) {
            return EntryTime.local(start.local(), length);
        }
        check(start.withOffset(), zone, event);
        return EntryTime.at(start.withOffset().toInstant(), length);
    }

    /**
     * @param name    the time zone the schedule names, if any
     * @param context the user's options
     * @return the edition's zone as far as the reader can tell (the builder decides, and says why)
     */
    static Optional<ZoneId> zone(String name, ImportContext context) {
        if (name != null) {
            try {
                return Optional.of(ZoneId.of(name.strip()));
            } catch (DateTimeException unknown) {
                return context.defaultZone();
            }
        }
        return context.defaultZone();
    }

    private static String shown(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
