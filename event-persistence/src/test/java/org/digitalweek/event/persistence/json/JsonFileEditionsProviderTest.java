package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/** {@code file:PATH} opens the JSON-file store, found with ServiceLoader. */
class JsonFileEditionsProviderTest {

    private final StoreCatalogue stores = StoreCatalogue.discover(getClass().getClassLoader());

    @TempDir
    Path folder;

    @Test
    void fileOpensAWorkingStoreInTheFolder() throws Exception {
        Path real = realFolder();
        Edition saved;
        try (Editions store = stores.open("file:" + folder)) {
            assertThat(store).isInstanceOfSatisfying(JsonFileEditions.class,
                    s -> assertThat(s.folder()).isEqualTo(real));
            saved = store.save(week(), 0);
        }
        try (Editions again = stores.open("file:" + folder)) {
            assertThat(again.load(saved.id())).contains(saved);
        }
        assertThat(stores.supported()).contains("file:PATH", "mem:");
    }

    @Test
    void aRelativePathIsFromTheWorkingDirectory() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(folder.resolve("relative"));

        try (Editions store = stores.open("file:" + relative)) {
            assertThat(((JsonFileEditions) store).folder()).isEqualTo(realFolder().resolve("relative"));
        }
    }

    @Test
    void aFileUriWithThreeSlashesAndEscapesIsAPath() throws Exception {
        Path spaced = folder.resolve("mon programme");

        try (Editions store = stores.open(spaced.toUri().toString())) {
            assertThat(spaced.toUri().toString()).startsWith("file:///").contains("%20");
            assertThat(((JsonFileEditions) store).folder()).isEqualTo(realFolder().resolve("mon programme"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:", "file:  "})
    void fileWithoutAPathIsRefused(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOfSatisfying(StoreUriException.class, e -> {
            assertThat(e.uri()).isEqualTo(uri);
            assertThat(e.supported()).containsExactly("file:PATH");
            assertThat(e.getMessage()).contains("the folder's path is missing after 'file:'");
            assertThat(e.getMessage("fr")).contains("il manque le chemin du dossier");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"file://server/programme", "file://", "file:///a b"})
    void aFileUriThatNamesNoLocalFolderIsRefused(String uri) {
        assertThatThrownBy(() -> stores.open(uri)).isInstanceOf(StoreUriException.class)
                .hasMessageContaining("supported: file:PATH");
    }

    @Test
    void theProviderTakesFileUrisOnly() {
        JsonFileEditionsProvider provider = new JsonFileEditionsProvider();

        assertThat(provider.uriForm()).isEqualTo("file:PATH");
        assertThat(provider.accepts("file:programme")).isTrue();
        assertThat(provider.accepts("mem:")).isFalse();
        assertThat(provider.accepts("jdbc:sqlite:programme.db")).isFalse();
    }

    private Path realFolder() throws IOException {
        return folder.toRealPath();
    }
}
