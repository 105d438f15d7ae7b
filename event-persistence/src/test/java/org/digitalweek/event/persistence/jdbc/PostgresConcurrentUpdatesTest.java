package org.digitalweek.event.persistence.jdbc;

import org.junit.jupiter.api.AfterEach;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.concurrency.SharedStoreConcurrencyContract;

/**
 * The PostgreSQL store loses no update under writer threads and writer processes on one database:
 * the server of {@link TestPostgres}, a new schema for each test.
 */
class PostgresConcurrentUpdatesTest extends SharedStoreConcurrencyContract {

    private String schema;

    @Override
    protected Editions openStore() {
        return JdbcEditions.open(uri());
    }

    @Override
    protected String uri() {
        if (schema == null) {
            schema = TestPostgres.createSchema();
        }
        return TestPostgres.urlFor(schema);
    }

    @AfterEach
    void dropSchema() {
        closeStores();
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
