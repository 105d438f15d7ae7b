package org.digitalweek.event.export.frab;

import java.util.UUID;

/**
 * The venue a room belongs to, as a grouping of rooms.
 *
 * @param name the name in the export's language
 * @param slug the slug of the venue id
 * @param guid its stable guid
 */
public record ScheduleVenue(String name, String slug, UUID guid) {
}
