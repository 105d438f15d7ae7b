package org.digitalweek.event.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.in.FormatDescription;

/** Documents of other tools read from disk through the import use case, without storing them. */
final class Documents {

    /** How much of a document the importers see to recognize its format. */
    static final int HEAD_BYTES = 8 * 1024;

    private Documents() {
    }

    /**
     * @param operand a command-line argument
     * @return whether it names an existing regular file
     */
    static boolean isFile(String operand) {
        try {
            return Files.isRegularFile(Path.of(operand));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * @param app  the run
     * @param file a document
     * @return the id of the first importer that recognizes its name and first {@value #HEAD_BYTES} bytes
     * @throws IOException when it cannot be read
     */
    static Optional<String> detectFormat(Invocation app, Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD_BYTES)) {
            return detectFormat(app, file.getFileName().toString(), in);
        }
    }

    /**
     * @param app      the run
     * @param fileName the document's file name; may be empty
     * @param in       the document, at its start; it must support mark and reset, and is left at its start
     * @return the id of the first importer that recognizes the name and the first {@value #HEAD_BYTES} bytes
     * @throws IOException when it cannot be read
     */
    static Optional<String> detectFormat(Invocation app, String fileName, InputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return app.root().documents().importFormatOf(fileName, new String(head, StandardCharsets.UTF_8))
                .map(FormatDescription::id);
    }

    /**
     * @param app      the run
     * @param file     a document
     * @param formatId its format
     * @param context  its name and the user's options
     * @return the edition it holds, validated but not stored
     * @throws IOException when it cannot be read
     */
    static PublicEdition read(Invocation app, Path file, String formatId, ImportContext context) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return app.root().documents().read(formatId, context, in).edition();
        }
    }
}
