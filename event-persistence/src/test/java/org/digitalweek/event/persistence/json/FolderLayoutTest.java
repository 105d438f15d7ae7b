package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.filesUnder;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.out.EditionQuery;
import org.digitalweek.event.domain.port.out.EditionSummary;

/** One file per edition, named after its id; what is not named so is not the store's. */
class FolderLayoutTest {

    @TempDir
    Path folder;

    @Test
    void anIdWithAColonIsSpelledSoThatEveryFileSystemTakesIt() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition edition = week().withPublicView(week().publicView().toBuilder().id(new EditionId("snm:2027")).build());

        store.save(edition, 0);

        assertThat(filesUnder(folder)).containsExactly(".lock", "snm%3A2027.json");
        assertThat(store.load(new EditionId("snm:2027"))).isPresent();
        assertThat(store.list(EditionQuery.ALL)).extracting(EditionSummary::id)
                .containsExactly(new EditionId("snm:2027"));
    }

    @Test
    void filesNotNamedAfterAnIdAreIgnored() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        store.save(week(), 0);
        byte[] foreign = "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8);
        write(folder.resolve("README.md"), foreign);
        write(folder.resolve("not an id.json"), foreign);
        write(folder.resolve(".hidden.json"), foreign);
        write(folder.resolve("snm%3a2027.json"), foreign); // the colon is only ever spelled %3A
        write(folder.resolve("other.releases/1.json"), foreign);

        assertThat(store.list(EditionQuery.ALL)).extracting(s -> s.id().value()).containsExactly("test-week-2027");
    }

    @Test
    void aFolderNamedLikeAnEditionFileIsIgnored() throws Exception {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Files.createDirectories(folder.resolve("strange.json"));

        assertThat(store.list(EditionQuery.ALL)).isEmpty();
    }

    @Test
    void theStoreReadsWhatAnotherStoreOnTheFolderWrote() {
        Edition saved = JsonFileEditions.open(folder).save(week(), 0);

        assertThat(JsonFileEditions.open(folder).load(saved.id())).contains(saved);
    }

    @Test
    void aFolderThatIsAFileCannotBeOpened() {
        write(folder.resolve("programme"), new byte[0]);

        assertThatThrownBy(() -> JsonFileEditions.open(folder.resolve("programme")))
                .isInstanceOfSatisfying(StorageFailureException.class, e -> {
                    assertThat(e.store()).isEqualTo(folder.resolve("programme").toString());
                    assertThat(e.getMessage()).contains("cannot open the store's folder");
                });
    }

    @Test
    void aFileThatCannotBeReadIsAStorageFailureNamingTheStore() throws Exception {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Files.createDirectories(folder.resolve("test-week-2027.json"));

        assertThatThrownBy(() -> store.load(week().id()))
                .isInstanceOfSatisfying(StorageFailureException.class, e -> {
                    assertThat(e.store()).isEqualTo(store.folder().toString());
                    assertThat(e.getMessage()).contains("cannot read test-week-2027.json");
                });
    }

    @Test
    void theFolderIsGivenAsARealPath() throws Exception {
        JsonFileEditions store = JsonFileEditions.open(folder.resolve("a/../b"));

        assertThat(store.folder()).isEqualTo(folder.resolve("b").toRealPath());
    }

    @Test
    void theStoresOwnFilesAreItsWholeFolderReachedThroughAnyLink() throws Exception {
        Path real = Files.createDirectories(folder.resolve("store"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);

        assertThat(JsonFileEditions.open(link).localFiles()).containsExactly(real.toRealPath());
    }
}
