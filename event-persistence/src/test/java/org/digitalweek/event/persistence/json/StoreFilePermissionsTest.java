package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;

/**
 * A store holds protocol contacts, which are personal data: the files and folders it creates are its
 * owner's only (600 and 700, whatever the umask), and a file it replaces keeps the permissions, owner
 * and group it had, so a {@code chmod} the user made is never undone by a save.
 */
class StoreFilePermissionsTest {

    @TempDir
    Path folder;

    @Test
    void newFilesAreTheOwnersOnlyAndNewFoldersToo() throws Exception {
        Path root = folder.resolve("home/store");
        JsonFileEditions store = JsonFileEditions.open(root);
        Edition saved = store.save(week(), 0);
        store.publish(saved, 1, release(saved, 1));

        assertThat(mode(folder.resolve("home"))).isEqualTo("rwx------");
        assertThat(mode(root)).isEqualTo("rwx------");
        assertThat(mode(root.resolve("test-week-2027.json"))).isEqualTo("rw-------");
        assertThat(mode(root.resolve(".lock"))).isEqualTo("rw-------");
        assertThat(mode(root.resolve("test-week-2027.releases"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("test-week-2027.releases/1.json"))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFolderKeepsTheModeItsOwnerGaveIt() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));

        JsonFileEditions.open(folder).save(week(), 0);

        assertThat(mode(folder)).isEqualTo("rwxr-x---");
    }

    @Test
    void aSaveKeepsTheModeOfTheFileItReplaces() throws Exception {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        Path file = folder.resolve("test-week-2027.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        byte[] before = Files.readAllBytes(file);

        store.save(saved, 1);

        assertThat(Files.readAllBytes(file)).as("replaced").isNotEqualTo(before);
        assertThat(mode(file)).isEqualTo("rw-r-----");
    }

    @Test
    void aSaveKeepsTheOwnerAndGroupOfTheFileItReplacesWherePermitted() throws Exception {
        assumeThat(Files.getAttribute(folder, "unix:uid")).as("only root may give a file away").isEqualTo(0);
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(week(), 0);
        Path file = folder.resolve("test-week-2027.json");
        Files.setAttribute(file, "unix:uid", 4242);
        Files.setAttribute(file, "unix:gid", 4343);

        store.save(saved, 1);

        assertThat(store.load(saved.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(4242);
        assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(4343);
        assertThat(mode(file)).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Release release(Edition edition, int number) {
        return new Release(edition.id(), number, number + ".0", Instant.parse("2027-02-01T10:00:00Z"),
                edition.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(edition.version() + 1)
                        .build());
    }
}
