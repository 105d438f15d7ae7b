package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.contract.EditionsContract;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/** The JDBC stores are found by URI, and a malformed URI or a password never gets further than it should. */
class JdbcEditionsProviderTest {

    private final StoreCatalogue stores = StoreCatalogue.discover(getClass().getClassLoader());

    @TempDir
    Path folder;

    @Test
    void bothFormsAreListedAmongTheSupportedStores() {
        assertThat(stores.supported()).contains("jdbc:sqlite:PATH", "jdbc:postgresql://HOST[:PORT]/DATABASE", "mem:");
    }

    @Test
    void anSqliteUriOpensAJdbcStoreInThatFile() {
        Path file = folder.resolve("programme.db");
        Edition edition = Rich.edition();

        try (Editions store = stores.open("jdbc:sqlite:" + file)) {
            assertThat(store).isInstanceOf(JdbcEditions.class);
            store.save(edition, 0);
        }
        try (Editions again = stores.open("jdbc:sqlite:" + file)) {
            assertThat(again.load(edition.id())).contains(edition.atVersion(1));
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aPostgresqlUriOpensAJdbcStore() {
        String schema = TestPostgres.createSchema();
        try (Editions store = stores.open(TestPostgres.urlFor(schema))) {
            assertThat(store).isInstanceOf(JdbcEditions.class);
            assertThat(store.save(Rich.edition(), 0).version()).isEqualTo(1);
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite:", "jdbc:sqlite:  ", "jdbc:sqlite:?journal_mode=WAL"})
    void anSqliteUriWithoutAPathIsRefused(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOfSatisfying(StoreUriException.class, e -> {
            assertThat(e.uri()).isEqualTo(uri);
            assertThat(e.supported()).containsExactly("jdbc:sqlite:PATH");
            assertThat(e.getMessage()).contains("the path of the SQLite file is missing");
            assertThat(e.getMessage("fr")).contains("il manque le chemin du fichier SQLite");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite::memory:", "jdbc:sqlite:file::memory:?cache=shared",
            "jdbc:sqlite:file:programme?mode=memory"})
    void anInMemorySqliteDatabaseIsRefused(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOf(StoreUriException.class)
                .hasMessageContaining("vanishes with each connection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql:digitalweek", "jdbc:postgresql:/digitalweek", "jdbc:postgresql://",
            "jdbc:postgresql://db.example.ml", "jdbc:postgresql://db.example.ml/", "jdbc:postgresql:///digitalweek",
            "jdbc:postgresql://db.example.ml:port/digitalweek", "jdbc:postgresql://db.example.ml:99999/digitalweek"})
    void aMalformedPostgresqlUriIsRefusedWithItsForm(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOfSatisfying(StoreUriException.class, e -> {
            assertThat(e.uri()).isEqualTo(uri);
            assertThat(e.supported()).containsExactly("jdbc:postgresql://HOST[:PORT]/DATABASE");
        });
    }

    @Test
    void anotherJdbcDatabaseIsNamedWithEverySupportedForm() {
        assertThatThrownBy(() -> stores.open("jdbc:mysql://db.example.ml/programme"))
                .isInstanceOfSatisfying(StoreUriException.class, e -> assertThat(e.supported())
                        .contains("jdbc:sqlite:PATH", "jdbc:postgresql://HOST[:PORT]/DATABASE"));
    }

    @Test
    void aPasswordNeverAppearsInAFailure() {
        // Nothing listens on port 1: the connection is refused at once.
        String uri = "jdbc:postgresql://127.0.0.1:1/digitalweek?user=protocole&password=s3cr%C3%A8t-Bamako&ssl=false";

        assertThatThrownBy(() -> stores.open(uri)).isInstanceOfSatisfying(StorageFailureException.class, e -> {
            assertThat(e.store()).isEqualTo(
                    "jdbc:postgresql://127.0.0.1:1/digitalweek?user=protocole&password=***&ssl=false");
            assertThat(e.getMessage()).startsWith(e.store() + ": ").doesNotContain("s3cr");
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                assertThat(String.valueOf(cause.getMessage())).doesNotContain("s3cr");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://protocole:Bamako-2026@127.0.0.1/digitalweek",
        "jdbc:postgresql://protocole:Bamako-2026@127.0.0.1:1/digitalweek?ssl=false",
        "jdbc:postgresql://protocole:Bamako-2026@db.example.ml:99999/digitalweek"})
    void aPasswordInTheUserPartIsNeverShownAndTheRightPlaceIsNamed(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOfSatisfying(StoreUriException.class, e -> {
            assertThat(e.uri()).contains("protocole:***@").doesNotContain("Bamako");
            assertThat(e.getMessage("fr")).doesNotContain("Bamako").contains("?user=…&password=…");
            assertThat(e.getMessage("en")).doesNotContain("Bamako").contains("?user=…&password=…");
        });
    }

    @Test
    void aMalformedUriIsShownWithoutItsPassword() {
        assertThatThrownBy(() -> stores.open("jdbc:postgresql:digitalweek?password=hunter2"))
                .isInstanceOfSatisfying(StoreUriException.class, e -> {
                    assertThat(e.uri()).isEqualTo("jdbc:postgresql:digitalweek?password=***");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void anSqliteFileInAMissingFolderIsAStorageFailure() {
        Path file = folder.resolve("missing").resolve("programme.db");

        assertThatThrownBy(() -> stores.open("jdbc:sqlite:" + file)).isInstanceOf(StorageFailureException.class)
                .hasMessageStartingWith("jdbc:sqlite:" + file + ": cannot open the database");
    }

    /** Borrows the contract's edition with internal records. */
    private static final class Rich extends EditionsContract {
        static Edition edition() {
            return richEdition();
        }

        @Override
        protected Editions emptyStore() {
            throw new UnsupportedOperationException();
        }
    }
}
