package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A day of a schedule: from one day change ({@link DayChange}) to the next in the edition's time zone,
 * so that a session over midnight lies inside the day it starts on.
 *
 * @param index the day's number, from 1
 * @param date  the date
 * @param start its first instant
 * @param end   the first instant of the next day: its day change
 */
public record ScheduleDay(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end) {
}
