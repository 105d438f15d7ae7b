package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The read routes after changes, over PostgreSQL. */
class ReadRoutesChangesPostgresTest extends ReadRoutesChangesContract {

    @Override
    TestApi start() {
        return TestApi.postgres();
    }
}
