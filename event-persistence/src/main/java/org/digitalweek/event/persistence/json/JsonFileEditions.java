package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * Editions kept as JSON files in a folder, one file per edition and one per release, written so
 * that the folder can be versioned with git: the same edition always gives the same bytes, and a
 * change touches only its own lines. See the {@linkplain org.digitalweek.event.persistence.json
 * package} for the layout, the format and the guarantees.
 *
 * <p>Safe to share between threads, and between processes that open the same folder: every write
 * (save, publish, delete) holds the folder's lock, checks the stored version and replaces files
 * atomically. Reads take no lock. Opening a store holds nothing, so {@link #close()} has nothing to do.
 */
public final class JsonFileEditions implements Editions {

    private final StoreLayout layout;
    private final StoreLock lock;
    private final StoreFileReader reader = new StoreFileReader(Migrations.standard());
    private final KnownFiles known = new KnownFiles();

    private JsonFileEditions(Path folder) {
        this.layout = new StoreLayout(folder);
        this.lock = new StoreLock(layout);
    }

    /**
     * Opens the store kept in a folder, creating the folder if it is missing, and removes the
     * temporary files that writers interrupted by a crash may have left.
     *
     * @param folder the store's folder, absolute or relative to the working directory
     * @return the store
     * @throws StorageFailureException when the folder cannot be created or read
     */
    public static JsonFileEditions open(Path folder) {
        Objects.requireNonNull(folder, "'folder' must not be null");
        Path absolute = folder.toAbsolutePath().normalize();
        JsonFileEditions store;
        try {
            AtomicFiles.createFolder(absolute);
            store = new JsonFileEditions(absolute.toRealPath());
        } catch (IOException e) {
            throw new StorageFailureException(absolute.toString(), "cannot open the store's folder ("
                    + IoProblems.describe(e) + ")", e);
        }
        store.removeLeftovers();
        return store;
    }

    /** @return the folder the store keeps its files in, as a real path */
    public Path folder() {
        return layout.folder();
    }

    /** {@inheritDoc} The store's folder, and everything in it. */
    @Override
    public List<Path> localFiles() {
        return List.of(layout.folder());
    }

    @Override
    public Optional<Edition> load(EditionId id) {
        Objects.requireNonNull(id, "'id' must not be null");
        return stored(id).map(StoredEdition::edition);
    }

    @Override
    public Edition save(Edition edition, long expectedVersion) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        return write(edition, expectedVersion, Optional.empty());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The release file is written first, then the edition file, whose {@code releaseCount} then
     * counts it. Cut short between the two, the publication has not happened: the release file is
     * an orphan that no read returns. It is never overwritten, nor is any release file the edition
     * file does not count (see {@link UncountedReleases}): the same publication retried completes,
     * another is refused with a {@link org.digitalweek.event.domain.error.ForbiddenChangeException}.
     */
    @Override
    public Edition publish(Edition edition, long expectedVersion, Release release) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(release, "'release' must not be null");
        return write(edition, expectedVersion, Optional.of(release));
    }

    /** Holding the lock: the version check, then the release file if any, then the edition file. */
    private Edition write(Edition edition, long expectedVersion, Optional<Release> release) {
        EditionId id = edition.id();
        return locked("cannot save edition '" + id + "'", () -> {
            Optional<KnownFiles.StoredHeader> current = header(id);
            long actual = current.map(KnownFiles.StoredHeader::version).orElse(0L);
            if (actual != expectedVersion) {
                throw new VersionConflictException(id.value(), expectedVersion, actual);
            }
            int releaseCount = current.map(KnownFiles.StoredHeader::releaseCount).orElse(0);
            if (release.isPresent()) {
                release.get().requireNext(id, releaseCount);
                byte[] frozen = StoreJson.write(ReleaseFile.of(release.get()));
                if (!UncountedReleases.alreadyWritten(layout, id, releaseCount, frozen)) {
                    AtomicFiles.createFolder(layout.releasesFolder(id));
                    AtomicFiles.write(layout.releaseFile(id, release.get().number()), frozen);
                }
                releaseCount++;
            }
            Edition saved = edition.atVersion(expectedVersion + 1);
            byte[] content = StoreJson.write(EditionFile.of(new StoredEdition(saved, releaseCount)));
            known.forget(id); // until the new file is surely in place
            AtomicFiles.write(layout.editionFile(id), content);
            known.remember(id, content, new KnownFiles.StoredHeader(saved.version(), releaseCount));
            return saved;
        });
    }

    @Override
    public List<ReleaseSummary> releases(EditionId id) {
        Objects.requireNonNull(id, "'id' must not be null");
        Optional<StoredEdition> current = stored(id);
        int count = current.map(StoredEdition::releaseCount).orElse(0);
        List<ReleaseSummary> summaries = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            summaries.add(ReleaseSummary.of(committedRelease(id, number, count)));
        }
        return summaries;
    }

    @Override
    public Optional<Release> release(EditionId id, int number) {
        Objects.requireNonNull(id, "'id' must not be null");
        int count = stored(id).map(StoredEdition::releaseCount).orElse(0);
        if (number < 1 || number > count) {
            return Optional.empty(); // above the count: never published, or an orphan of a crash
        }
        return Optional.of(committedRelease(id, number, count));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every edition file of the folder is read; one that cannot be read fails the whole listing
     * with an {@code UnreadableDocumentException} naming the file, rather than leaving an edition
     * out without a word.
     */
    @Override
    public List<EditionSummary> list(EditionQuery query) {
        Objects.requireNonNull(query, "'query' must not be null");
        List<EditionSummary> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layout.folder())) {
            for (Path entry : entries) {
                Optional<EditionId> id = StoreLayout.editionOf(entry.getFileName().toString());
                if (id.isPresent() && Files.isRegularFile(entry)) {
                    stored(id.get()).map(s -> EditionSummary.of(s.edition().publicView()))
                            .filter(query::matches).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw failure("cannot list the store's folder", e);
        }
        found.sort(EditionSummary.ORDER);
        return found;
    }

    /** {@inheritDoc} Only the names in the folder are read, so the answer costs the same however large the store. */
    @Override
    public boolean isEmpty() {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layout.folder())) {
            for (Path entry : entries) {
                if (StoreLayout.editionOf(entry.getFileName().toString()).isPresent() && Files.isRegularFile(entry)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw failure("cannot list the store's folder", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The edition file goes first, in one step; its releases then are orphans, removed as well as
     * can be: any left behind are ignored, and never overwritten (see {@link UncountedReleases}).
     */
    @Override
    public void delete(EditionId id, long expectedVersion) {
        Objects.requireNonNull(id, "'id' must not be null");
        locked("cannot delete edition '" + id + "'", () -> {
            StoredEdition current = stored(id).orElseThrow(() -> new EditionNotFoundException(id.value()));
            if (current.version() != expectedVersion) {
                throw new VersionConflictException(id.value(), expectedVersion, current.version());
            }
            known.forget(id);
            Files.delete(layout.editionFile(id));
            AtomicFiles.syncFolder(layout.folder());
            removeReleases(id);
            return null;
        });
    }

    private Optional<StoredEdition> stored(EditionId id) {
        Path file = layout.editionFile(id);
        return bytes(file).map(content -> {
            StoredEdition stored = reader.edition(file.toString(), content, id);
            known.remember(id, content, new KnownFiles.StoredHeader(stored.version(), stored.releaseCount()));
            return stored;
        });
    }

    /**
     * The stored version and count of releases: from {@link KnownFiles} when the file has the bytes
     * this store last wrote or read, else from reading the whole file, which also checks it.
     */
    private Optional<KnownFiles.StoredHeader> header(EditionId id) {
        Path file = layout.editionFile(id);
        Optional<byte[]> content = bytes(file);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<KnownFiles.StoredHeader> remembered = known.header(id, content.get());
        if (remembered.isPresent()) {
            return remembered;
        }
        StoredEdition stored = reader.edition(file.toString(), content.get(), id);
        known.remember(id, content.get(), new KnownFiles.StoredHeader(stored.version(), stored.releaseCount()));
        return Optional.of(new KnownFiles.StoredHeader(stored.version(), stored.releaseCount()));
    }

    private Release committedRelease(EditionId id, int number, int count) {
        Path file = layout.releaseFile(id, number);
        byte[] content = bytes(file).orElseThrow(() -> new StorageFailureException(layout.folder().toString(),
                "release " + number + " of edition '" + id + "' is missing: its edition file counts " + count
                        + " releases, but " + file + " does not exist", null));
        return reader.release(file.toString(), content, id, number);
    }

    private Optional<byte[]> bytes(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw failure("cannot read " + file.getFileName(), e);
        }
    }

    private void removeReleases(EditionId id) {
        Path releases = layout.releasesFolder(id);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(releases)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(releases);
            AtomicFiles.syncFolder(layout.folder());
        } catch (IOException e) {
            // The edition is deleted; release files left behind are ignored and harmless (see above).
        }
    }

    /** Temporary files are ignored by readers anyway; removing them is tidiness, so it is best effort. */
    private void removeLeftovers() {
        try {
            if (AtomicFiles.leftovers(layout.folder()).isEmpty()) {
                return; // the common case takes no lock and creates no lock file
            }
            lock.holding(() -> { // holding it, no writer is between writing and renaming
                for (Path leftover : AtomicFiles.leftovers(layout.folder())) {
                    Files.deleteIfExists(leftover);
                }
                return null;
            });
        } catch (IOException e) {
            // A read-only folder, for one: the leftovers stay, unread, and the store works.
        }
    }

    private <T> T locked(String what, StoreLock.Write<T> write) {
        try {
            return lock.holding(write);
        } catch (IOException e) {
            throw failure(what, e);
        }
    }

    private StorageFailureException failure(String what, IOException e) {
        return new StorageFailureException(layout.folder().toString(), what + " (" + IoProblems.describe(e) + ")", e);
    }
}
