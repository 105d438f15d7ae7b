package org.digitalweek.event.persistence.jdbc;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The file of an SQLite store, and the journals SQLite keeps beside it ({@code -wal}, {@code -shm},
 * {@code -journal}). A store holds protocol contacts, which are personal data: the store creates a
 * missing database file for its owner only (600) before SQLite opens it, and SQLite gives its journals
 * the database's mode.
 *
 * @param path the database file, as the URL names it
 */
record SqliteFile(Path path) {

    private static final List<String> JOURNALS = List.of("-wal", "-shm", "-journal");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * @param location what follows {@code jdbc:sqlite:}: a path, or an SQLite {@code file:} URI,
     *                 and perhaps {@code ?} and parameters
     * @return the file it names, if it names one this file system can hold
     */
    static Optional<SqliteFile> of(String location) {
        int query = location.indexOf('?');
        String path = (query < 0 ? location : location.substring(0, query)).strip();
        if (path.startsWith("file:")) { // SQLite's own URI form: file:week.db, file:///var/week.db
            path = path.substring("file:".length());
            if (path.startsWith("//")) {
                int slash = path.indexOf('/', 2);
                path = slash < 0 ? "" : path.substring(slash);
            }
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        try {
            return path.isEmpty() ? Optional.empty() : Optional.of(new SqliteFile(Path.of(path)));
        } catch (InvalidPathException e) {
            return Optional.empty(); // the driver will say what is wrong with it
        }
    }

    /**
     * Creates the database file empty, for its owner only, when it is missing and its folder exists
     * (SQLite reads an empty file as an empty database). A missing folder is left for the driver to
     * report, as before.
     */
    void createIfMissing() {
        if (Files.exists(path) || !Files.isDirectory(path.toAbsolutePath().getParent())) {
            return;
        }
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        } catch (FileAlreadyExistsException e) {
            // another store created it first: that one chose its mode
        } catch (IOException e) {
            // a read-only folder, for one: the driver reports it in its own words
        }
    }

    /** @return the database and its journals, links followed */
    List<Path> withJournals() {
        Path database = real(path);
        return Stream.concat(Stream.of(database),
                JOURNALS.stream().map(suffix -> database.resolveSibling(database.getFileName() + suffix))).toList();
    }

    private static Path real(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath()
                    : absolute.getParent().toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }
}
