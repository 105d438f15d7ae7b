package org.digitalweek.event.export.json;

/**
 * What the importer refuses to read, so that a hostile or broken file cannot exhaust memory or the
 * stack. Lengths are counted in characters of the decoded document, the way the parser counts them.
 *
 * @param maxNestingDepth   how deeply objects and arrays may nest
 * @param maxStringLength   the longest single string value
 * @param maxDocumentLength the longest document
 */
record ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {

    private static final int MEBI = 1024 * 1024;

    /** The limits of the canonical format: depth 64, strings of 1 MiB, documents of 64 MiB. */
    static final ReadLimits CANONICAL = new ReadLimits(64, MEBI, 64L * MEBI);

    /** Checks that every limit is positive. */
    ReadLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxDocumentLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * @param length a length in characters
     * @return it for people: {@code 1 MiB (1048576 characters)}, or {@code 300 characters}
     */
    static String describeLength(long length) {
        return length % MEBI == 0 ? length / MEBI + " MiB (" + length + " characters)" : length + " characters";
    }
}
