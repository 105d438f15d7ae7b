package org.digitalweek.event.export.planted;

import org.digitalweek.event.persistence.memory.InMemoryEditions;

/** Breaks "adapters do not know each other" and "only the composition root constructs adapters". */
public class ExportReachingIntoPersistence {
    Object store = new InMemoryEditions();
}
