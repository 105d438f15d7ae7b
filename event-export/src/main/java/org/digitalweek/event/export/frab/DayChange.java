package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * When the days of a schedule begin, frab's {@code day_change}: the earliest whole hour of the day
 * at which no session lasting at most a day is under way (started before it, ending after it), so
 * that a session over midnight belongs to the day on which it starts, as frab's conferences that run
 * past midnight do (31C3's days end at 04:00). Midnight when nothing crosses midnight, and when
 * every hour has a session under way. Sessions longer than a day are left out: nothing fits them in
 * one day.
 */
final class DayChange {

    private static final int HOURS = 24;

    private DayChange() {
    }

    /**
     * @param sessions the sessions of the programme
     * @return the time of day at which its days begin: a whole hour
     */
    static LocalTime of(Collection<Session> sessions) {
        boolean[] busy = new boolean[HOURS];
        for (Session session : sessions) {
            TimeSlot slot = session.slot();
            if (!isLong(slot)) {
                markHoursUnderWay(slot, busy);
            }
        }
        for (int hour = 0; hour < HOURS; hour++) {
            if (!busy[hour]) {
                return LocalTime.of(hour, 0);
            }
        }
        return LocalTime.MIDNIGHT;
    }

    /**
     * @param slot a time slot
     * @return whether it lasts more than a day: such a session is shown on each day it covers
     */
    static boolean isLong(TimeSlot slot) {
        return slot.end().isAfter(slot.start().plusDays(1));
    }

    /**
     * @param time      a time
     * @param dayChange when days begin
     * @return the date of the day it belongs to: the day before when it is before the day change
     */
    static LocalDate dayOf(LocalDateTime time, LocalTime dayChange) {
        LocalDate date = time.toLocalDate();
        return time.toLocalTime().isBefore(dayChange) && date.isAfter(LocalDate.MIN) ? date.minusDays(1) : date;
    }

    /** Marks each whole hour strictly inside the slot; a slot of at most a day holds at most 24 of them. */
    private static void markHoursUnderWay(TimeSlot slot, boolean[] busy) {
        LocalDateTime hour = slot.start().withMinute(0).withSecond(0).withNano(0).plusHours(1);
        for (int i = 0; i <= HOURS && hour.isBefore(slot.end()); i++, hour = hour.plusHours(1)) {
            busy[hour.getHour()] = true;
        }
    }
}
