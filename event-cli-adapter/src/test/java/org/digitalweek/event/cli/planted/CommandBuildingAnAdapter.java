package org.digitalweek.event.cli.planted;

import org.digitalweek.event.persistence.memory.InMemoryEditions;

/** Breaks "only the composition root constructs adapters": a command, not the root, builds a store. */
public class CommandBuildingAnAdapter {
    Object store = new InMemoryEditions();
}
