package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.filesUnder;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;

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
    void theLongestIdsHaveFileNamesThatFitAndAnIdThatFittedKeepsItsSpelling() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        String longest = "a" + ":".repeat(127);
        String fitted = "b" + ":".repeat(75); // 226 bytes spelled with %3A, its temporary file 253
        for (String id : List.of(longest, fitted)) {
            Edition edition = week().withPublicView(week().publicView().toBuilder().id(new EditionId(id)).build());
            Edition saved = store.save(edition, 0);
            store.publish(saved, 1, new Release(saved.id(), 1, "1.0", Instant.parse("2027-02-01T10:00:00Z"),
                    saved.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(2).build()));
        }

        assertThat(filesUnder(folder)).containsExactlyInAnyOrder(".lock",
                "a" + "+".repeat(127) + ".json", "a" + "+".repeat(127) + ".releases/1.json",
                "b" + "%3A".repeat(75) + ".json", "b" + "%3A".repeat(75) + ".releases/1.json");
        assertThat(store.list(EditionQuery.ALL)).extracting(s -> s.id().value()).containsExactlyInAnyOrder(longest, fitted);
        assertThat(StoreLayout.TEMPORARY_OVERHEAD + "b".length() + "%3A".repeat(75).length()).isLessThanOrEqualTo(255);
        assertThat(StoreLayout.LONGEST_STEM + StoreLayout.TEMPORARY_OVERHEAD).isEqualTo(255);
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
        write(folder.resolve("snm+2027.json"), foreign); // or + in an id too long for %3A
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
