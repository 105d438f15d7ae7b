package org.digitalweek.event.cli.boot.planted;

import java.nio.file.Path;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.json.JsonFileEditions;

/** Does what only the composition root may: it opens a store by its adapter's factory and holds the out-port. */
public class RootChoosingAStore {
    Editions store = JsonFileEditions.open(Path.of("programmes"));
}
