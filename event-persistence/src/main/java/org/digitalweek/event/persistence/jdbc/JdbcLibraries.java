package org.digitalweek.event.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.error.StoreUriException;

/**
 * The libraries a JDBC store needs and the application adds: the database's driver and Flyway.
 * They are optional dependencies of this module, so that an application using only the in-memory
 * or JSON-file store does not receive SQLite's native libraries, the PostgreSQL driver and Flyway;
 * a {@code jdbc:} URI without them is refused here with the artifacts to add, before any class of
 * theirs is touched.
 */
final class JdbcLibraries {

    private static final String FLYWAY = "org.flywaydb:flyway-core";

    /** A class of each library, by its Maven coordinates, in the order they are named. */
    private static final Map<String, String> SQLITE = Map.of(
            "org.xerial:sqlite-jdbc", "org.sqlite.JDBC",
            FLYWAY, "org.flywaydb.core.Flyway");
    private static final Map<String, String> POSTGRESQL = Map.of(
            "org.postgresql:postgresql", "org.postgresql.Driver",
            FLYWAY, "org.flywaydb.core.Flyway",
            "org.flywaydb:flyway-database-postgresql", "org.flywaydb.database.postgresql.PostgreSQLDatabaseType");

    private JdbcLibraries() {
    }

    /**
     * @param uri    the store's URL
     * @param loader where the libraries must be found
     * @throws StoreUriException naming the artifacts to add, when one is missing
     */
    static void require(StoreUri uri, ClassLoader loader) {
        List<String> missing = missing(uri.dialect(), loader);
        if (missing.isEmpty()) {
            return;
        }
        String artifacts = String.join(", ", missing);
        String database = uri.dialect() == Dialect.SQLITE ? "SQLite" : "PostgreSQL";
        throw new StoreUriException(uri.url(),
                "le magasin " + database + " a besoin de bibliothèques absentes ; ajoutez à l'application "
                        + "les dépendances " + artifacts + " (voir « Embedding » dans le README pour les versions)",
                "the " + database + " store needs libraries that are missing; add the dependencies "
                        + artifacts + " to the application (see 'Embedding' in the README for the versions)",
                List.of(uri.dialect() == Dialect.SQLITE ? StoreUri.SQLITE_FORM : StoreUri.POSTGRESQL_FORM));
    }

    /**
     * @param dialect the database
     * @param loader  where the libraries must be found
     * @return the Maven coordinates of each library the dialect needs and the loader lacks, sorted
     */
    static List<String> missing(Dialect dialect, ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        (dialect == Dialect.SQLITE ? SQLITE : POSTGRESQL).forEach((artifact, type) -> {
            if (!present(type, loader)) {
                missing.add(artifact);
            }
        });
        missing.sort(null);
        return List.copyOf(missing);
    }

    private static boolean present(String type, ClassLoader loader) {
        try {
            Class.forName(type, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
