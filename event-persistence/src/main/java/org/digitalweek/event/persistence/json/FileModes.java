package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Who may read a store's files. They hold protocol contacts, which are personal data, so what the
 * store creates is its owner's only: files 600 and folders 700, whatever the umask. A file it
 * replaces keeps the permissions, owner and group of the one it replaces, so a {@code chmod} or
 * {@code chgrp} the user made (to share a store with a team, say) survives every save. On a file
 * system without POSIX permissions (Windows) the system's own rules for new files apply.
 */
final class FileModes {

    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private FileModes() {
    }

    /**
     * @param folder where the file is to be created
     * @return the attributes of a new file readable and writable by its owner only
     */
    static FileAttribute<?>[] ownerOnlyFile(Path folder) {
        return posix(folder.getFileSystem()) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : NONE;
    }

    /**
     * @param folder the folder to be created
     * @return the attributes of a new folder its owner only may list and enter
     */
    static FileAttribute<?>[] ownerOnlyFolder(Path folder) {
        return posix(folder.getFileSystem()) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : NONE;
    }

    /**
     * Gives a new file the owner, group and permissions of the file it is about to replace. Only root
     * may give a file away, and others only to a group they belong to: where that is refused, the new
     * file stays the writer's, with the old permissions all the same.
     *
     * @param old         the file to be replaced
     * @param replacement the new file, not yet renamed over it
     * @throws IOException when the old file's attributes cannot be read or the permissions cannot be set
     */
    static void keep(Path old, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        PosixFileAttributes before = Files.readAttributes(old, PosixFileAttributes.class);
        try {
            view.setOwner(before.owner());
        } catch (IOException e) {
            // not permitted: the writer keeps it
        }
        try {
            view.setGroup(before.group());
        } catch (IOException e) {
            // not permitted: the writer's group keeps it
        }
        view.setPermissions(before.permissions()); // after the owner, whose change may clear some bits
    }

    private static boolean posix(FileSystem system) {
        return system.supportedFileAttributeViews().contains("posix");
    }
}
