package org.digitalweek.event.persistence.jdbc;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.api.pattern.ValidatePattern;

import org.digitalweek.event.domain.error.StorageFailureException;

/**
 * Brings a database's schema up to this library's version with Flyway, or refuses a database that
 * a newer library has already migrated further, changing nothing. Flyway is configured here through
 * its API only (no configuration files), so it needs none of its optional dependencies.
 */
final class Schema {

    /** Flyway's history table: ours alone, so a host's own Flyway migrations can share the schema. */
    static final String HISTORY_TABLE = "digitalweek_schema_history";

    private Schema() {
    }

    /**
     * @param source the database
     * @param uri    its URL, which chooses the migrations and names the store in messages
     * @throws StorageFailureException when the database's schema is newer than the library's, or a
     *                                 migration fails (Flyway then leaves the failed one undone)
     */
    static void migrate(DataSource source, StoreUri uri) {
        try {
            Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(source)
                    .locations(uri.dialect().migrations())
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    // Ignore nothing: a migration applied by a newer library fails validation too.
                    .ignoreMigrationPatterns(new ValidatePattern[0])
                    .load();
            MigrationInfo[] all = flyway.info().all();
            Optional<MigrationVersion> known = highest(all, MigrationState::isResolved);
            Optional<MigrationVersion> stored = highest(all, MigrationState::isApplied);
            if (known.isEmpty()) {
                throw new StorageFailureException(uri.shown(), "the library's schema migrations are missing", null);
            }
            if (stored.isPresent() && stored.get().isNewerThan(known.get())) {
                throw new StorageFailureException(uri.shown(), "database schema version " + stored.get()
                        + " is newer than this library (" + known.get() + "); use a newer digitalweek", null);
            }
            if (Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.PENDING)) {
                flyway.migrate();
            } else {
                // A current schema is only checked, never written to: a database on read-only media opens.
                ValidateResult checked = flyway.validateWithResult();
                if (!checked.validationSuccessful) {
                    throw new StorageFailureException(uri.shown(), "the schema differs from this library's: "
                            + oneLine(uri.scrub(checked.getAllErrorMessages())), null);
                }
            }
        } catch (FlywayException e) {
            throw new StorageFailureException(uri.shown(),
                    "cannot bring the schema up to date: " + oneLine(uri.scrub(e.getMessage())), e);
        }
    }

    /**
     * Flyway's report of a failure, which spans several lines (a rule of dashes, {@code SQL State : …},
     * {@code Error Code : …}, {@code Message : …}, a link to its documentation), as one line.
     *
     * @param report what Flyway said
     * @return its lines that say something, joined with {@code "; "}
     */
    static String oneLine(String report) {
        return report.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("-+") && !line.startsWith("SQL State")
                        && !line.startsWith("Error Code") && !line.startsWith("Need more flexibility")
                        && !line.contains("https://"))
                .map(line -> line.replaceFirst("^Message\\s*:\\s*", ""))
                .map(line -> line.replaceAll("\\s+", " "))
                .collect(Collectors.joining("; "));
    }

    private static Optional<MigrationVersion> highest(MigrationInfo[] all, Predicate<MigrationState> which) {
        return Arrays.stream(all).filter(m -> which.test(m.getState()) && m.getVersion() != null)
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo);
    }
}
