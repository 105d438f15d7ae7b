package org.digitalweek.event.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An SQLite file on read-only media (a CD, a read-only mount, a folder the user may not write to).
 * The store keeps its files in write-ahead-log mode, which SQLite opens only if it can create the
 * {@code -wal} and {@code -shm} files beside the database, or if it is told that the file cannot
 * change ({@code immutable=1}): there, the store is opened read-only and immutable, so it can be read.
 * A write then fails as SQLite's "readonly database", with the store named.
 */
final class ReadOnlySqlite {

    private ReadOnlySqlite() {
    }

    /**
     * @param uri an SQLite store's URI
     * @return the URL to connect with when its file exists and cannot be written, or its folder
     *         cannot; empty when the file can be written, is missing (the driver then says why it
     *         cannot be created) or is named by an SQLite {@code file:} URI, whose parameters the
     *         user chose
     */
    static Optional<String> url(StoreUri uri) {
        String rest = uri.url().substring(StoreUri.SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String parameters = query < 0 ? "" : "&" + rest.substring(query + 1);
        if (path.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(path).toAbsolutePath();
            if (!Files.isRegularFile(file) || Files.isWritable(file) && Files.isWritable(file.getParent())) {
                return Optional.empty();
            }
            // Transactions still in a write-ahead log must be read from it: then no immutable.
            Path log = file.resolveSibling(file.getFileName() + "-wal");
            boolean logged = Files.exists(log) && Files.size(log) > 0;
            return Optional.of(StoreUri.SQLITE_PREFIX + file.toUri() + "?mode=ro" + (logged ? "" : "&immutable=1")
                    + parameters);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
