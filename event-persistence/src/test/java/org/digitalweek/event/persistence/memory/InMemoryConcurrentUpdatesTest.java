package org.digitalweek.event.persistence.memory;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.concurrency.ConcurrentUpdatesContract;

/**
 * The in-memory store loses no update under 8 writer threads. Its data lives in one object of one
 * JVM, so the threads share one store, and no other process can open it: it has no test with
 * writers in other processes.
 */
class InMemoryConcurrentUpdatesTest extends ConcurrentUpdatesContract {

    private final InMemoryEditions store = new InMemoryEditions();

    @Override
    protected Editions openStore() {
        return store;
    }
}
