package org.digitalweek.event.domain.port.in;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Which sessions an export holds, for a calendar one subscribes to per person, room or track. A
 * filter that is absent matches every session; several filters must all hold.
 *
 * @param roomId   sessions in that room
 * @param trackId  sessions in that track
 * @param personId sessions where that person (an official's id) takes part, in any role
 */
public record SessionSelection(@Identifier String roomId, @Identifier String trackId, @Identifier String personId) {

    /** Every session: the whole programme. */
    public static final SessionSelection ALL = new SessionSelection(null, null, null);

    /** @return whether no filter is set, so that the whole programme is selected */
    public boolean isAll() {
        return roomId == null && trackId == null && personId == null;
    }
}
