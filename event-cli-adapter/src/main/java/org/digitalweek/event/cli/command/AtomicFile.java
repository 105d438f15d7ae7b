package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: into a hidden file beside it, moved over the target only
 * when everything was written, so a failed write leaves no half file and the old one, if any, intact.
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

    private AtomicFile() {
    }

    /**
     * @param target  the file to create or replace
     * @param content what it is to hold
     * @throws IOException when the content or the file system fails; the target is then unchanged
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Created like any new file (not with createTempFile's owner-only rights), so the result has the usual rights.
        Path part = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            move(part, absolute);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
