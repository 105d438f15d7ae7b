package org.digitalweek.event.export.frab;

/**
 * A track of a schedule.
 *
 * @param name the name in the export's language
 * @param slug the slug of the track id, unique in the schedule
 */
public record ScheduleTrack(String name, String slug) {
}
