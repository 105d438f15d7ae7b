package org.digitalweek.event.http;

import org.digitalweek.event.http.support.TestApi;

/** The exports over PostgreSQL. */
class ExportRoutesPostgresTest extends ExportRoutesContract {

    @Override
    TestApi start() {
        return TestApi.postgres();
    }
}
