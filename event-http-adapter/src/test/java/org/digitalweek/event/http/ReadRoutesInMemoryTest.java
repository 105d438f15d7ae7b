package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The read routes over the in-memory store. */
class ReadRoutesInMemoryTest extends ReadRoutesContract {

    @Override
    TestApi start() {
        return TestApi.inMemory();
    }
}
