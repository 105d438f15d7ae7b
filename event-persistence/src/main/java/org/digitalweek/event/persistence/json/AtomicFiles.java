package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes that a crash cannot leave half done. A file is written whole to a temporary file in the
 * same folder, forced to the disk, renamed over its target in one atomic step, and the folder is
 * forced too so that the rename itself survives a power cut. At every moment the target is either
 * the old file or the new one; what a crash can leave is a temporary file, which readers never
 * look at and the next opening of the store removes. New files and folders are their owner's only,
 * and a replaced file's permissions and owner are kept ({@link FileModes}).
 */
final class AtomicFiles {

    /** The length of the random hex part of a temporary file's name. */
    static final int UNIQUE_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * @param target  the file to create or replace
     * @param content its whole new content
     * @throws IOException when it cannot be written; the target is then unchanged
     */
    static void write(Path target, byte[] content) throws IOException {
        byte[] unique = new byte[UNIQUE_LENGTH / 2];
        RANDOM.nextBytes(unique);
        Path temporary = StoreLayout.temporaryFor(target, HexFormat.of().formatHex(unique));
        boolean renamed = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), FileModes.ownerOnlyFile(target.getParent()))) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    FileModes.keep(target, temporary); // while it is empty
                }
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            renamed = true;
            syncFolder(target.getParent());
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * @param folder a folder to create if it is missing, with its missing parents, for its owner only
     * @throws IOException when it cannot be created
     */
    static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, FileModes.ownerOnlyFolder(folder));
            syncFolder(folder.getParent());
        }
    }

    /**
     * Forces a folder's entries (creations, renames, deletions) to the disk.
     *
     * @param folder the folder
     */
    static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms, Windows among them, cannot open or force a folder. There the rename is
            // as durable as the file system makes it, and there is nothing more a program can do;
            // the write itself has succeeded.
        }
    }

    /**
     * @param folder the store's folder
     * @return the temporary files left in it and in its releases folders by writers that crashed
     *         (or that are writing now: call it holding the store's lock)
     * @throws IOException when the folder cannot be listed
     */
    static List<Path> leftovers(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (StoreLayout.isTemporary(name)) {
                    found.add(entry);
                } else if (name.endsWith(StoreLayout.RELEASES_SUFFIX) && Files.isDirectory(entry)) {
                    try (DirectoryStream<Path> releases = Files.newDirectoryStream(entry,
                            p -> StoreLayout.isTemporary(p.getFileName().toString()))) {
                        releases.forEach(found::add);
                    }
                }
            }
        }
        return found;
    }
}
