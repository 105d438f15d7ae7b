package org.digitalweek.event.cli.command.planted;

import java.nio.file.Path;

import org.digitalweek.event.persistence.json.JsonFileEditions;

/** Breaks "only the composition root knows adapters": a command opens a store by its static factory. */
public class CommandOpeningAStore {
    Object store = JsonFileEditions.open(Path.of("programmes"));
}
