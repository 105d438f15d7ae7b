package org.digitalweek.event.persistence.json;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.Ids;

/**
 * Where each thing lives in a store's folder:
 *
 * <pre>
 * FOLDER/
 *   .lock                      held by a writer while it writes; empty
 *   snm-2026.json              an edition file: the edition, its internal records, its release count
 *   snm-2026.releases/1.json   its release 1, written once, never rewritten
 *   snm-2026.releases/2.json
 *   .snm-2026.json.7f3a….tmp   a file being written; renamed over its target when complete
 * </pre>
 *
 * <p>An edition's file name is its id, which only holds letters, digits and {@code . _ : -}. The
 * colon, which Windows does not allow in file names, is written {@code %3A}; no id holds a
 * {@code %}, so the name maps back to one id. Names that start with a dot are never ids.
 *
 * <p>A file name has at most 255 bytes (Linux, macOS, Windows), and the longest this store derives
 * from an edition's spelling is its edition file's temporary file, 27 bytes longer. At three bytes
 * a colon, an id of the rule's 128 characters could need 382 bytes. So an id whose {@code %3A}
 * spelling is longer than 228 bytes has its colons written {@code +} instead (no id holds a
 * {@code +} either), which keeps its length: {@code a+++…+.json}. Every id that fitted before keeps
 * its spelling, and one id has one spelling.
 */
final class StoreLayout {

    static final String LOCK_FILE = ".lock";
    static final String EDITION_SUFFIX = ".json";
    static final String RELEASES_SUFFIX = ".releases";
    static final String TEMPORARY_SUFFIX = ".tmp";

    /** The longest name of a file or folder that common file systems take, in bytes. */
    static final int LONGEST_FILE_NAME = 255;

    /** How much longer than an edition's spelling its longest file name is: {@code .<spelling>.json.<hex>.tmp}. */
    static final int TEMPORARY_OVERHEAD = 1 + EDITION_SUFFIX.length() + 1 + AtomicFiles.UNIQUE_LENGTH
            + TEMPORARY_SUFFIX.length();

    /** The longest spelling of an edition's id whose file names all fit. */
    static final int LONGEST_STEM = LONGEST_FILE_NAME - TEMPORARY_OVERHEAD;

    private static final String COLON = "%3A";
    private static final String SHORT_COLON = "+";

    private final Path folder;

    StoreLayout(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path lockFile() {
        return folder.resolve(LOCK_FILE);
    }

    Path editionFile(EditionId id) {
        return folder.resolve(fileName(id) + EDITION_SUFFIX);
    }

    Path releasesFolder(EditionId id) {
        return folder.resolve(fileName(id) + RELEASES_SUFFIX);
    }

    Path releaseFile(EditionId id, int number) {
        return releasesFolder(id).resolve(number + EDITION_SUFFIX);
    }

    /**
     * @param fileName the name of a file of the folder
     * @return the edition it holds, if the name is that of an edition file
     */
    static Optional<EditionId> editionOf(String fileName) {
        if (!fileName.endsWith(EDITION_SUFFIX)) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - EDITION_SUFFIX.length());
        String id = stem.contains(SHORT_COLON) ? stem.replace(SHORT_COLON, ":") : stem.replace(COLON, ":");
        // Only the one spelling this store writes: "a%3ab.json", "a:b.json" or "a+b.json" are not edition files.
        if (!Ids.isValid(id) || !fileName(new EditionId(id)).equals(stem)) {
            return Optional.empty();
        }
        return Optional.of(new EditionId(id));
    }

    /**
     * @param fileName the name of a file of a releases folder
     * @return the number of the release it holds, if the name is one this store writes ({@code 12.json})
     */
    static OptionalInt releaseOf(String fileName) {
        if (!fileName.endsWith(EDITION_SUFFIX)) {
            return OptionalInt.empty();
        }
        String stem = fileName.substring(0, fileName.length() - EDITION_SUFFIX.length());
        if (stem.isEmpty() || stem.length() > 9 || stem.charAt(0) == '0'
                || !stem.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(stem));
    }

    /**
     * @param fileName the name of a file of the folder or of a releases folder
     * @return whether it is a temporary file, complete or not, that was never renamed
     */
    static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(TEMPORARY_SUFFIX);
    }

    /**
     * @param target the file to be written
     * @param unique a text that no other temporary file of the folder has
     * @return the temporary file to write it in first, in the same folder, so the rename is atomic
     */
    static Path temporaryFor(Path target, String unique) {
        return target.resolveSibling("." + target.getFileName() + "." + unique + TEMPORARY_SUFFIX);
    }

    private static String fileName(EditionId id) {
        String spelled = id.value().replace(":", COLON);
        return spelled.length() <= LONGEST_STEM ? spelled : id.value().replace(":", SHORT_COLON);
    }
}
