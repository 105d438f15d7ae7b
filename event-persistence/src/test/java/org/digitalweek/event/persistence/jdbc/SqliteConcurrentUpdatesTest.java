package org.digitalweek.event.persistence.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.persistence.concurrency.SharedStoreConcurrencyContract;

/** The SQLite store loses no update under writer threads and writer processes on one file. */
class SqliteConcurrentUpdatesTest extends SharedStoreConcurrencyContract {

    @TempDir
    Path temp;

    @Override
    protected Editions openStore() {
        return JdbcEditions.open(uri());
    }

    @Override
    protected String uri() {
        return "jdbc:sqlite:" + temp.resolve("editions.db");
    }
}
