package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The read routes after changes, over the in-memory store. */
class ReadRoutesChangesInMemoryTest extends ReadRoutesChangesContract {

    @Override
    TestApi start() {
        return TestApi.inMemory();
    }
}
