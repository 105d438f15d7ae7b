package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The exports over the in-memory store. */
class ExportRoutesInMemoryTest extends ExportRoutesContract {

    @Override
    TestApi start() {
        return TestApi.inMemory();
    }
}
