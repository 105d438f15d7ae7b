package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The read routes over PostgreSQL. */
class ReadRoutesPostgresTest extends ReadRoutesContract {

    @Override
    TestApi start() {
        return TestApi.postgres();
    }
}
