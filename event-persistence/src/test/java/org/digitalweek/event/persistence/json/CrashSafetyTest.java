package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.bytes;
import static org.digitalweek.event.persistence.json.StoreFixtures.filesUnder;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.EditionQuery;

/** What a crash can leave behind is ignored: a temporary file, then removed; an orphan release, never overwritten. */
class CrashSafetyTest {

    @TempDir
    Path folder;

    @Test
    void writesLeaveNoTemporaryFileBehind() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition edition = store.save(week(), 0);
        edition = store.publish(edition, 1, release(edition, 1));
        edition = store.save(edition, 2);
        store.publish(edition, 3, release(edition, 2));

        assertThat(filesUnder(folder)).containsExactly(".lock", "test-week-2027.json",
                "test-week-2027.releases/1.json", "test-week-2027.releases/2.json");
    }

    @Test
    void aTemporaryFileLeftByACrashIsIgnoredThenRemovedWhenTheStoreIsOpened() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        byte[] complete = bytes(folder.resolve("test-week-2027.json"));
        byte[] halfWritten = Arrays.copyOf(complete, complete.length / 2);
        write(folder.resolve(".test-week-2027.json.0123456789abcdef.tmp"), halfWritten);
        write(folder.resolve("test-week-2027.releases/.1.json.0123456789abcdef.tmp"), halfWritten);

        assertThat(store.load(saved.id())).contains(saved);
        assertThat(store.list(EditionQuery.ALL)).hasSize(1);

        JsonFileEditions reopened = JsonFileEditions.open(folder);
        assertThat(reopened.load(saved.id())).contains(saved);
        assertThat(filesUnder(folder)).containsExactly(".lock", "test-week-2027.json");
    }

    @Test
    void openingACleanFolderCreatesNothingButTheFolder() {
        JsonFileEditions.open(folder.resolve("new/programme"));

        assertThat(folder.resolve("new/programme")).isEmptyDirectory();
    }

    @Test
    void aReleaseOrphanedByACrashBeforeItsEditionFileIsIgnoredAndNeverOverwritten() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        // A publication that wrote its release file and crashed before the edition file counted it.
        byte[] orphan = "{\"half\": ".getBytes(StandardCharsets.UTF_8);
        write(folder.resolve("test-week-2027.releases/1.json"), orphan);

        assertThat(store.releases(saved.id())).isEmpty();
        assertThat(store.release(saved.id(), 1)).isEmpty();

        assertThatThrownBy(() -> store.publish(saved, 1, release(saved, 1)))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("never overwritten");
        assertThat(bytes(folder.resolve("test-week-2027.releases/1.json"))).isEqualTo(orphan);
        assertThat(store.load(saved.id())).contains(saved);
    }

    @Test
    void releasesLeftByADeletionCutShortDoNotBelongToANewEditionOfTheSameId() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition first = store.save(week(), 0);
        first = store.publish(first, 1, release(first, 1));
        byte[] oldRelease = bytes(folder.resolve("test-week-2027.releases/1.json"));
        store.delete(first.id(), 2);
        // As if the deletion had stopped once the edition file was gone.
        write(folder.resolve("test-week-2027.releases/1.json"), oldRelease);

        Edition again = store.save(week(), 0);

        assertThat(store.releases(again.id())).isEmpty();
        assertThat(store.release(again.id(), 1)).isEmpty();
        Release another = new Release(again.id(), 1, "nouvelle", Instant.parse("2027-03-01T10:00:00Z"),
                release(again, 1).programme());
        assertThatThrownBy(() -> store.publish(again, 1, another))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("1.json");
        assertThat(bytes(folder.resolve("test-week-2027.releases/1.json"))).isEqualTo(oldRelease);
    }

    @Test
    void aDeletionRemovesTheEditionFileAndItsReleases() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        store.publish(saved, 1, release(saved, 1));

        store.delete(saved.id(), 2);

        assertThat(filesUnder(folder)).containsExactly(".lock");
        assertThat(folder.resolve("test-week-2027.releases")).doesNotExist();
    }

    private static Release release(Edition edition, int number) {
        return new Release(edition.id(), number, number + ".0", Instant.parse("2027-02-01T10:00:00Z"),
                edition.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(edition.version() + 1)
                        .build());
    }
}
