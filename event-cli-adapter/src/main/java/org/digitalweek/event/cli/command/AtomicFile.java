package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Writes an output file all at once or not at all: a regular file is written into a hidden file
 * beside it, moved over the target only when everything was written, so a failed write leaves no
 * half file and the old one, if any, intact; the new file keeps the old one's permissions, and its
 * owner and group where the user may set them. Anything else is written into: a device or a FIFO as
 * a shell's {@code >} does, a UNIX socket through a connection to it; replacing {@code /dev/null} or
 * a pipe by a regular file would break it.
 * A symbolic link is followed, so the link stays and the file it names is replaced.
 */
final class AtomicFile {

    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        /**
         * @param out where to write; closed by the caller
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file that is not regular and cannot be opened for writing: a device that refuses, a dead socket. */
    static final class UnopenableFileException extends IOException {

        private static final long serialVersionUID = 1L;

        UnopenableFileException(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /** @return why the system refused, e.g. {@code No such device or address} for a socket */
        String reason() {
            String reason = getCause() instanceof FileSystemException refused ? refused.getReason()
                    : getCause().getMessage();
            return reason == null ? getCause().getClass().getSimpleName() : reason;
        }
    }

    /** The bits of {@code st_mode} that give a file's type, and the type of a socket. */
    private static final int FILE_TYPE = 0170000;
    private static final int SOCKET = 0140000;

    private AtomicFile() {
    }

    /**
     * @param target a path whose folder exists
     * @return the file it leads to once every symbolic link is followed: the real path of an existing
     *         file, else the real path of its folder with its name
     * @throws IOException when the links cannot be followed
     */
    static Path resolved(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        return absolute.getParent().toRealPath().resolve(absolute.getFileName());
    }

    /**
     * @param target  the file to create or replace, or the device, FIFO or socket to write into
     * @param content what it is to hold
     * @throws IOException when the content or the file system fails; a regular file is then unchanged
     */
    static void write(Path target, Content content) throws IOException {
        Path file = resolved(target);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (OutputStream out = openSpecial(file)) {
                content.writeTo(out);
            }
            return;
        }
        // Created like any new file (not with createTempFile's owner-only rights), so that a new file
        // has the usual rights; a file it replaces gives it its own before any byte is written.
        Path part = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                if (Files.exists(file)) {
                    keepAttributes(file, part);
                }
                content.writeTo(out);
            }
            move(part, file);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** A device or FIFO is opened; a UNIX socket, which the system cannot open, is connected to. */
    private static OutputStream openSpecial(Path file) throws IOException {
        try {
            return isSocket(file) ? Channels.newOutputStream(SocketChannel.open(UnixDomainSocketAddress.of(file)))
                    : Files.newOutputStream(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UnopenableFileException(e);
        }
    }

    private static boolean isSocket(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE) == SOCKET;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // no UNIX attributes here: no UNIX socket either
        }
    }

    /**
     * Gives the new file the owner, group and permissions of the one it replaces. Only root may give
     * a file away, and only to groups they belong to may others: where that is refused, the new file
     * stays the writer's, with the old permissions all the same.
     */
    private static void keepAttributes(Path old, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return; // not a POSIX file system: it has its own rules for new files
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
        view.setPermissions(before.permissions()); // after the owner, which may clear some bits
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
