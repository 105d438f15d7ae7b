package org.digitalweek.event.domain.port.in;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;

/**
 * Which sessions to read. A filter that is absent matches every session.
 *
 * @param editionId the edition
 * @param day       sessions that fall on that day (an exhibition over several days matches each)
 * @param roomId    sessions in that room
 * @param trackId   sessions in that track
 * @param personId  sessions where that person takes part, in any role
 */
public record ProgrammeQuery(@NotNull @Identifier String editionId, LocalDate day, @Identifier String roomId,
                             @Identifier String trackId, @Identifier String personId) {

    /**
     * @param editionId the edition
     * @return the query for its whole programme
     */
    public static ProgrammeQuery all(String editionId) {
        return new ProgrammeQuery(editionId, null, null, null, null);
    }
}
