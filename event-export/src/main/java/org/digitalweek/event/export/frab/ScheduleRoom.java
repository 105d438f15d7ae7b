package org.digitalweek.event.export.frab;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.digitalweek.event.domain.model.Provenance;

/**
 * A room of a schedule: a room of the edition, or the stand-in for sessions whose room is not chosen.
 *
 * @param name       the name in the export's language, unique in the schedule
 * @param slug       the slug of the room id, unique in the schedule
 * @param guid       its stable guid
 * @param capacity   how many it seats, when known
 * @param provenance whether its source reports it
 * @param venue      its venue; empty for the stand-in
 */
public record ScheduleRoom(String name, String slug, UUID guid, OptionalInt capacity, Provenance provenance,
                           Optional<ScheduleVenue> venue) {
}
