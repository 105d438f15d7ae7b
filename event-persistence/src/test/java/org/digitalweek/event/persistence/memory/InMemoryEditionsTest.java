package org.digitalweek.event.persistence.memory;

import org.digitalweek.event.domain.contract.EditionsContract;
import org.digitalweek.event.domain.port.out.Editions;

/** The in-memory store keeps every promise of the storage port. */
class InMemoryEditionsTest extends EditionsContract {

    @Override
    protected Editions emptyStore() {
        return new InMemoryEditions();
    }
}
