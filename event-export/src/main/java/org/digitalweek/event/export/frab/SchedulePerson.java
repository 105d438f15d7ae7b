package org.digitalweek.event.export.frab;

import java.util.Optional;

import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Provenance;

/**
 * A person on an event: an official with their role there.
 *
 * @param id         the official's integer id in the schedule: their own when it is one, else stable
 * @param guid       the official's guid: their own id when it is a UUID, else stable
 * @param name       the name as printed on a programme, with the honorific
 * @param role       what they do at this event
 * @param onBehalfOf the authority they act for, if any
 * @param provenance whether a source reports the person
 */
public record SchedulePerson(int id, String guid, String name, ParticipantRole role, Optional<Mandate> onBehalfOf,
                             Provenance provenance) {
}
