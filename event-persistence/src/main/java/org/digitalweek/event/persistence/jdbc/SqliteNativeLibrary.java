package org.digitalweek.event.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where the SQLite driver finds its native library. Left to itself, sqlite-jdbc copies the library
 * out of its jar into the system's temporary folder at every start, under a new name each time, and
 * deletes it at exit: a process that is killed leaves its copy (1.1 MB) behind for good, and two
 * processes starting together both try to delete the same stale copy, one of them logging a
 * failure. Placed here, the library is copied once into a folder the caller owns, under a name that
 * depends only on the driver's version and platform, and every later process loads that copy.
 *
 * <p>The driver reads the system properties {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}
 * (a library already extracted) and {@code org.sqlite.tmpdir} (where it extracts, and where it looks
 * for stale copies) once, when it loads the library: {@link #placeIn(Path)} must run before the first
 * SQLite connection. Properties the host has set already are left as they are.
 */
public final class SqliteNativeLibrary {

    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";
    private static final String TMPDIR = "org.sqlite.tmpdir";
    /** How old a partial copy must be before another process removes it as left by a crash. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private SqliteNativeLibrary() {
    }

    /**
     * Copies the driver's native library for this platform into {@code cache}, unless a whole copy
     * is there already, and tells the driver to load it from there.
     *
     * @param cache a folder of the caller's own, created if missing
     * @return the library the driver will load; empty when the host chose already, the driver has no
     *         library for this platform, or the folder cannot be written (the driver then extracts
     *         into the system's temporary folder, as it does by default)
     */
    public static synchronized Optional<Path> placeIn(Path cache) {
        if (System.getProperty(LIB_PATH) != null || System.getProperty(TMPDIR) != null) {
            return Optional.empty();
        }
        String platformFolder = LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/Linux/x86_64
        URL url = SQLiteJDBCLoader.class.getResource(platformFolder + "/" + LibraryLoaderUtil.getNativeLibName());
        if (url == null) {
            return Optional.empty();
        }
        Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(platformFolder.replaceFirst("^/org/sqlite/native/", ""));
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        try {
            if (!isWhole(library, url)) {
                extract(url, folder, library);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a read-only home, a full disk: the driver's own way still works
        }
        System.setProperty(LIB_PATH, folder.toString());
        System.setProperty(LIB_NAME, library.getFileName().toString());
        // The driver scans this folder for stale copies of its own; it holds none, so nothing races there.
        System.setProperty(TMPDIR, folder.toString());
        return Optional.of(library);
    }

    private static boolean isWhole(Path library, URL url) throws IOException {
        if (!Files.isRegularFile(library)) {
            return false;
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return Files.size(library) == connection.getContentLengthLong();
    }

    /** Writes a copy beside the library and renames it over: a reader sees the whole library or none. */
    private static void extract(URL url, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        removeStalePartialCopies(folder);
        Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".part");
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void removeStalePartialCopies(Path folder) throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, "*.part")) {
            for (Path partial : partials) {
                try {
                    if (Files.getLastModifiedTime(partial).compareTo(before) < 0) {
                        Files.deleteIfExists(partial);
                    }
                } catch (IOException e) {
                    // Another process removed it first, or may not: either way it is not ours.
                }
            }
        }
    }
}
