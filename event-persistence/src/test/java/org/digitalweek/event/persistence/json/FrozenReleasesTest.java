package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.bytes;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * A release file that exists is never overwritten, even when the edition file no longer counts it:
 * an older edition file restored from git or a backup, a publication or a deletion cut short.
 */
class FrozenReleasesTest {

    @TempDir
    Path folder;

    @Test
    void anOlderEditionFileRestoredCannotMakeAPublicationOverwriteReleasesItDoesNotCount() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition current = store.save(week(), 0);
        current = store.publish(current, 1, release(current, 1, "2027-02-01T10:00:00Z"));
        byte[] older = bytes(folder.resolve("test-week-2027.json")); // releaseCount 1
        current = store.publish(current, 2, release(current, 2, "2027-02-02T10:00:00Z"));
        store.publish(current, 3, release(current, 3, "2027-02-03T10:00:00Z"));
        byte[] two = bytes(folder.resolve("test-week-2027.releases/2.json"));
        byte[] three = bytes(folder.resolve("test-week-2027.releases/3.json"));

        write(folder.resolve("test-week-2027.json"), older); // `git checkout HEAD~2 -- test-week-2027.json`
        JsonFileEditions reopened = JsonFileEditions.open(folder);
        Edition restored = reopened.load(current.id()).orElseThrow();
        int next = reopened.releases(current.id()).size() + 1; // as the publication service numbers it

        assertThat(next).isEqualTo(2);
        assertThatThrownBy(() -> reopened.publish(restored, restored.version(),
                release(restored, next, "2027-03-01T10:00:00Z")))
                .isInstanceOf(ForbiddenChangeException.class)
                .hasMessageContaining("test-week-2027")
                .hasMessageContaining("2.json, 3.json")
                .hasMessageContaining("counts 1 release")
                .hasMessageContaining("never overwritten")
                .satisfies(e -> assertThat(((ForbiddenChangeException) e).getMessage("fr"))
                        .contains("2.json, 3.json").contains("jamais réécrite"));
        assertThat(bytes(folder.resolve("test-week-2027.releases/2.json"))).isEqualTo(two);
        assertThat(bytes(folder.resolve("test-week-2027.releases/3.json"))).isEqualTo(three);
        assertThat(bytes(folder.resolve("test-week-2027.json"))).isEqualTo(older);
        assertThat(reopened.load(current.id())).contains(restored);
        assertThat(reopened.releases(current.id())).extracting(ReleaseSummary::number).containsExactly(1);
    }

    @Test
    void aPublicationRetriedWithTheSameReleaseAfterACrashKeepsItsFileAndCompletes() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        Release one = release(saved, 1, "2027-02-01T10:00:00Z");
        // The crash came after the release file, before the edition file counted it.
        byte[] written = StoreJson.write(ReleaseFile.of(one));
        write(folder.resolve("test-week-2027.releases/1.json"), written);

        store.publish(saved, 1, one);

        assertThat(store.release(saved.id(), 1)).contains(one);
        assertThat(bytes(folder.resolve("test-week-2027.releases/1.json"))).isEqualTo(written);
    }

    @Test
    void aPublicationRetriedWithAnotherReleaseAfterACrashIsRefusedAndTheFileKept() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        byte[] cutShort = StoreJson.write(ReleaseFile.of(release(saved, 1, "2027-02-01T10:00:00Z")));
        write(folder.resolve("test-week-2027.releases/1.json"), cutShort);

        assertThatThrownBy(() -> store.publish(saved, 1, release(saved, 1, "2027-02-01T10:05:00Z")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("1.json");

        assertThat(bytes(folder.resolve("test-week-2027.releases/1.json"))).isEqualTo(cutShort);
        assertThat(store.load(saved.id())).contains(saved);
        assertThat(store.releases(saved.id())).isEmpty();
    }

    private static Release release(Edition edition, int number, String at) {
        return new Release(edition.id(), number, number + ".0", Instant.parse(at),
                edition.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(edition.version() + 1)
                        .build());
    }
}
