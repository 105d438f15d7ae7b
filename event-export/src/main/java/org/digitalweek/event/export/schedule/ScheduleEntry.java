package org.digitalweek.event.export.schedule;

import java.util.List;
import java.util.Objects;

/**
 * One event of a schedule as read, before any repair. Text parts may be absent (null) or blank.
 *
 * @param place       where it is, for messages: {@code event 1234} or {@code line 40, column 1 (VEVENT 3)}
 * @param sourceId    its id in the schedule, if any
 * @param guid        its guid or UID, if any
 * @param title       its title
 * @param subtitle    its subtitle
 * @param summary     its abstract
 * @param description its longer description
 * @param language    the language it is held in, as the schedule writes it
 * @param type        its kind, as the schedule writes it ({@code lecture}, {@code workshop}, …)
 * @param track       the name of its track
 * @param room        the name of its room
 * @param time        when, if it could be read; null makes it a problem of the document
 * @param persons     who takes part, in the schedule's order
 * @param cancelled   whether the schedule marks it cancelled
 */
public record ScheduleEntry(String place, String sourceId, String guid, String title, String subtitle,
                            String summary, String description, String language, String type, String track,
                            String room, EntryTime time, List<EntryPerson> persons, boolean cancelled) {

    /** Copies the persons. */
    public ScheduleEntry {
        Objects.requireNonNull(place, "'place' must not be null");
        persons = persons == null ? List.of() : List.copyOf(persons);
    }
}
