package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A day of a schedule: midnight to midnight in the edition's time zone, so that every day part of an
 * event lies inside its day.
 *
 * @param index the day's number, from 1
 * @param date  the date
 * @param start its first instant
 * @param end   the first instant of the next day
 */
public record ScheduleDay(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end) {
}
