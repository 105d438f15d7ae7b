package org.digitalweek.event.persistence.jdbc;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.EditionsProvider;

/**
 * Opens {@code jdbc:sqlite:PATH}: a {@link JdbcEditions} store in one SQLite file, created with its
 * schema when missing. The folder must exist. Driver parameters may follow the path after {@code ?}.
 * An in-memory SQLite database ({@code :memory:}) is refused: it would vanish with each connection.
 */
public final class SqliteEditionsProvider implements EditionsProvider {

    /** Found with {@link java.util.ServiceLoader}. */
    public SqliteEditionsProvider() {
        // Nothing to set up.
    }

    @Override
    public String uriForm() {
        return StoreUri.SQLITE_FORM;
    }

    @Override
    public boolean accepts(String uri) {
        return uri.startsWith(StoreUri.SQLITE_PREFIX);
    }

    @Override
    public Editions open(String uri) {
        return JdbcEditions.open(uri);
    }
}
