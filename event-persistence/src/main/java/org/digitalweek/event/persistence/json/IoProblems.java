package org.digitalweek.event.persistence.json;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in words a person reads: the file and the reason, never the Java
 * class of the exception ({@code java.nio.file.FileSystemException: …}).
 */
final class IoProblems {

    private IoProblems() {
    }

    /**
     * @param e a failure of the file system
     * @return e.g. {@code /home/x/store: not a folder}, {@code /home/x/store: permission denied}
     */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String where = fs.getFile() + (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile());
            return where + ": " + reason(fs);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "input or output failed" : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "exists already, and is not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return e.getReason() == null ? "input or output failed" : e.getReason();
    }
}
