package org.digitalweek.event.persistence.json;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.contract.EditionsContract;
import org.digitalweek.event.domain.port.out.Editions;

/** The JSON-file store keeps every promise of the storage port. */
class JsonFileEditionsTest extends EditionsContract {

    @TempDir
    Path folder;

    @Override
    protected Editions emptyStore() {
        return JsonFileEditions.open(folder.resolve("store"));
    }
}
