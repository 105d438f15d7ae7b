package org.digitalweek.event.persistence.jdbc;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.EditionsProvider;

/**
 * Opens {@code jdbc:postgresql://HOST[:PORT]/DATABASE}: a {@link JdbcEditions} store in a PostgreSQL
 * database, whose schema it creates or migrates. The user, the password and any other setting go in
 * the query, in the driver's own syntax: {@code ?user=…&password=…&currentSchema=…} (the schema must
 * exist). Every {@code jdbc:postgresql:} URI is accepted, so that one without {@code //} is refused
 * with the right form rather than as unknown.
 */
public final class PostgresqlEditionsProvider implements EditionsProvider {

    /** Found with {@link java.util.ServiceLoader}. */
    public PostgresqlEditionsProvider() {
        // Nothing to set up.
    }

    @Override
    public String uriForm() {
        return StoreUri.POSTGRESQL_FORM;
    }

    @Override
    public boolean accepts(String uri) {
        return uri.startsWith(StoreUri.POSTGRESQL_PREFIX);
    }

    @Override
    public Editions open(String uri) {
        return JdbcEditions.open(uri);
    }
}
