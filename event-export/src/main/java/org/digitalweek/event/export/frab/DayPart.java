package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.Session;

/**
 * A session as the events of a schedule carry it: whole, on the day it starts (after the
 * {@link DayChange}), when it lasts at most a day; else one part per day it covers, each the part
 * of its time slot between two day changes, the later ones on the edition's days only and at most
 * {@value ProgrammeDays#CONTINUED_DAYS} of them, so that an app shows a week-long exhibition on
 * each of its days rather than as one block a week high.
 *
 * @param session the session
 * @param day     the schedule day it is listed under
 * @param start   when this part starts
 * @param end     when this part ends
 * @param part    which part it is, from 1
 * @param parts   how many parts the session has
 */
record DayPart(Session session, LocalDate day, LocalDateTime start, LocalDateTime end, int part, int parts) {

    /**
     * @param session   a session
     * @param dayChange when the schedule's days begin
     * @param first     the edition's first day
     * @param last      the edition's last day
     * @return its parts, the first first
     */
    static List<DayPart> of(Session session, LocalTime dayChange, LocalDate first, LocalDate last) {
        LocalDateTime start = session.slot().start();
        LocalDateTime end = session.slot().end();
        LocalDate firstDay = DayChange.dayOf(start, dayChange);
        if (!DayChange.isLong(session.slot())) {
            return List.of(new DayPart(session, firstDay, start, end, 1, 1));
        }
        List<LocalDate> days = new ArrayList<>(List.of(firstDay));
        LocalDate from = firstDay.plusDays(1).isAfter(first) ? firstDay.plusDays(1) : first;
        LocalDate cap = from.plusDays(ProgrammeDays.CONTINUED_DAYS - 1L);
        for (LocalDate day = from; !day.isAfter(last) && !day.isAfter(cap) && day.atTime(dayChange).isBefore(end);
             day = day.plusDays(1)) {
            days.add(day);
        }
        List<DayPart> parts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDateTime from0 = i == 0 ? start : days.get(i).atTime(dayChange);
            LocalDateTime next = days.get(i).plusDays(1).atTime(dayChange);
            parts.add(new DayPart(session, days.get(i), from0, next.isBefore(end) ? next : end, i + 1, days.size()));
        }
        return List.copyOf(parts);
    }
}
