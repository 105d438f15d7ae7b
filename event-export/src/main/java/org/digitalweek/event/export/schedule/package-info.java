/**
 * What the schedule importers share: the frab, pretalx and c3voc schedules and calendars are read
 * into {@link org.digitalweek.event.export.schedule.ScheduleEntry entries}, and a {@link
 * org.digitalweek.event.export.schedule.ScheduleBuilder} turns them into an edition draft the same
 * way for every format: stable ids, rooms, tracks, people, times in the edition's zone, and the
 * repairs it had to make, each with its place.
 */
package org.digitalweek.event.export.schedule;
