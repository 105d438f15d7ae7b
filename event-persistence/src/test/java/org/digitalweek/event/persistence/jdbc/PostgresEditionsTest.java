package org.digitalweek.event.persistence.jdbc;

import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC store on a real PostgreSQL keeps every promise of the storage port: the server of
 * {@link TestPostgres}, a new schema for each test. Never skipped: without a server named by
 * {@code DIGITALWEEK_TEST_PG_URL}, an embedded one is started.
 */
class PostgresEditionsTest extends JdbcEditionsContract {

    private String schema;

    @Override
    protected String newDatabaseUrl() {
        schema = TestPostgres.createSchema();
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
