/**
 * Storage adapters of digitalweek behind the domain's {@code Editions} port, each opened by URI
 * through an {@code EditionsProvider}: in memory ({@code mem:}), and JDBC for SQLite and PostgreSQL.
 * The JDBC drivers are not required here: {@code java.sql.DriverManager} finds them as services
 * (the PostgreSQL driver is an automatic module, resolved with the other automatic modules).
 */
module org.digitalweek.event.persistence {
    requires org.digitalweek.event.domain;
    requires java.sql;
    // Flyway's jars have no module descriptor: these names are derived from the file names.
    requires flyway.core;

    exports org.digitalweek.event.persistence.memory;
    exports org.digitalweek.event.persistence.jdbc;

    provides org.digitalweek.event.domain.port.out.EditionsProvider
            with org.digitalweek.event.persistence.memory.InMemoryEditionsProvider,
                    org.digitalweek.event.persistence.jdbc.SqliteEditionsProvider,
                    org.digitalweek.event.persistence.jdbc.PostgresqlEditionsProvider;
}
