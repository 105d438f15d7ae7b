/**
 * Storage adapters of digitalweek behind the domain's {@code Editions} port, each opened by URI
 * through an {@code EditionsProvider}: {@code mem:} in memory, {@code file:PATH} as JSON files, and
 * JDBC for SQLite ({@code jdbc:sqlite:PATH}) and PostgreSQL ({@code jdbc:postgresql://…}).
 * The JDBC drivers are not required here: {@code java.sql.DriverManager} finds them as services
 * (the PostgreSQL driver is an automatic module, resolved with the other automatic modules). They,
 * the SQLite driver and Flyway are optional: an application using only {@code mem:} or {@code file:}
 * goes without them, and one using a JDBC store adds them.
 */
module org.digitalweek.event.persistence {
    requires transitive org.digitalweek.event.domain; // the exported stores hand out domain types
    requires tools.jackson.databind;
    requires java.sql;
    // Only to place the SQLite driver's native library (SqliteNativeLibrary); connections come from DriverManager.
    // Static: read when the application has the driver, as for Flyway (JdbcLibraries says what to add).
    requires static org.xerial.sqlitejdbc;
    // Flyway's jars have no module descriptor: these names are derived from the file names.
    requires static flyway.core;

    exports org.digitalweek.event.persistence.memory;
    exports org.digitalweek.event.persistence.json;
    exports org.digitalweek.event.persistence.jdbc;

    // Jackson binds the store's package-private document records reflectively.
    opens org.digitalweek.event.persistence.json to tools.jackson.databind;

    provides org.digitalweek.event.domain.port.out.EditionsProvider
            with org.digitalweek.event.persistence.memory.InMemoryEditionsProvider,
                    org.digitalweek.event.persistence.json.JsonFileEditionsProvider,
                    org.digitalweek.event.persistence.jdbc.SqliteEditionsProvider,
                    org.digitalweek.event.persistence.jdbc.PostgresqlEditionsProvider;
}
