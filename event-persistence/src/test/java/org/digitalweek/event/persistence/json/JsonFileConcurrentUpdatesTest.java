package org.digitalweek.event.persistence.json;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.concurrency.SharedStoreConcurrencyContract;

/** The JSON-file store loses no update under writer threads and writer processes on one folder. */
class JsonFileConcurrentUpdatesTest extends SharedStoreConcurrencyContract {

    @TempDir
    Path temp;

    @Override
    protected Editions openStore() {
        return JsonFileEditions.open(temp.resolve("store"));
    }

    @Override
    protected String uri() {
        return "file:" + temp.resolve("store");
    }
}
