package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.error.StoreUriException;

/** A JDBC store whose driver or Flyway the application did not add is refused, naming what to add. */
class JdbcLibrariesTest {

    /** Sees the JDK only, as an application that added none of the optional dependencies. */
    private static final ClassLoader BARE = new ClassLoader(null) {
    };

    @Test
    void theTestClassPathHasEveryLibrary() {
        ClassLoader here = JdbcLibrariesTest.class.getClassLoader();
        assertThat(JdbcLibraries.missing(Dialect.SQLITE, here)).isEmpty();
        assertThat(JdbcLibraries.missing(Dialect.POSTGRESQL, here)).isEmpty();
    }

    @Test
    void eachDatabaseNamesItsOwnArtifacts() {
        assertThat(JdbcLibraries.missing(Dialect.SQLITE, BARE))
                .containsExactly("org.flywaydb:flyway-core", "org.xerial:sqlite-jdbc");
        assertThat(JdbcLibraries.missing(Dialect.POSTGRESQL, BARE)).containsExactly("org.flywaydb:flyway-core",
                "org.flywaydb:flyway-database-postgresql", "org.postgresql:postgresql");
    }

    @Test
    void aStoreWithoutItsLibrariesIsRefusedInFrenchAndEnglish(@TempDir Path folder) {
        Path file = folder.resolve("week.db");
        StoreUri uri = StoreUri.parse("jdbc:sqlite:" + file);

        assertThatThrownBy(() -> JdbcLibraries.require(uri, BARE))
                .isInstanceOfSatisfying(StoreUriException.class, e -> {
                    assertThat(e.getMessage("en")).contains("the SQLite store needs libraries that are missing;"
                            + " add the dependencies org.flywaydb:flyway-core, org.xerial:sqlite-jdbc");
                    assertThat(e.getMessage("fr")).contains("le magasin SQLite a besoin de bibliothèques absentes ;"
                            + " ajoutez à l'application les dépendances org.flywaydb:flyway-core, org.xerial:sqlite-jdbc");
                    assertThat(e.supported()).containsExactly(StoreUri.SQLITE_FORM);
                });
    }

    @Test
    void aPasswordOfTheUriIsNotShown() {
        StoreUri uri = StoreUri.parse("jdbc:postgresql://db.example/week?user=u&password=secret");

        assertThatThrownBy(() -> JdbcLibraries.require(uri, BARE))
                .isInstanceOfSatisfying(StoreUriException.class, e -> {
                    assertThat(e.getMessage()).contains("org.postgresql:postgresql").doesNotContain("secret");
                    assertThat(e.getMessage("fr")).contains("org.postgresql:postgresql").doesNotContain("secret");
                });
    }
}
