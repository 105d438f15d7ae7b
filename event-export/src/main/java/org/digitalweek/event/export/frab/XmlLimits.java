package org.digitalweek.event.export.frab;

/**
 * What the {@code schedule.xml} reader refuses to read, so that a hostile or broken file cannot
 * exhaust memory or the stack: the document is counted in bytes as they arrive, texts and attribute
 * values in characters.
 *
 * @param maxDocumentBytes the longest document
 * @param maxDepth         how deeply elements may nest; the root is at depth 1
 * @param maxTextLength    the longest single text value or attribute value
 */
record XmlLimits(long maxDocumentBytes, int maxDepth, int maxTextLength) {

    private static final int MEBI = 1024 * 1024;

    /** The limits of {@code schedule.xml}: documents of 64 MiB, depth 64, texts of 1 MiB. */
    static final XmlLimits SCHEDULE = new XmlLimits(64L * MEBI, 64, MEBI);

    /** Checks that every limit is positive. */
    XmlLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * @param length a length
     * @param unit   what is counted, e.g. {@code bytes}
     * @return it for people: {@code 1 MiB (1048576 characters)}, or {@code 300 characters}
     */
    static String describe(long length, String unit) {
        return length % MEBI == 0 ? length / MEBI + " MiB (" + length + " " + unit + ")" : length + " " + unit;
    }

    /**
     * @param length a length
     * @param unit   its unit in French, in the plural: {@code caractères}, {@code octets}
     * @return it for people, in French: {@code 1 Mio (1048576 octets)}
     */
    static String describeFr(long length, String unit) {
        return length % MEBI == 0 ? length / MEBI + " Mio (" + length + " " + unit + ")" : length + " " + unit;
    }
}
