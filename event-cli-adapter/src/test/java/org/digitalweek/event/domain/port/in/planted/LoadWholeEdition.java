package org.digitalweek.event.domain.port.in.planted;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;

/** Breaks "in-ports offer only the driving side": a use case that hands out the aggregate root. */
public interface LoadWholeEdition {

    /**
     * @param id an edition
     * @return the edition with its internal records, which no driving adapter may hold
     */
    Edition load(EditionId id);
}
