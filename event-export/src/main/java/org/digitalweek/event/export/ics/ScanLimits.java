package org.digitalweek.event.export.ics;

/**
 * What the calendar importer refuses to read, so that a hostile or broken file cannot exhaust memory
 * before the parser sees it. Sizes are counted in bytes of UTF-8.
 *
 * @param maxNestingDepth   how deeply components ({@code BEGIN:…}/{@code END:…}) may nest, the
 *                          {@code VCALENDAR} counting as one level
 * @param maxLineBytes      the longest content line, once its folded lines are joined
 * @param maxDocumentBytes  the longest document
 */
record ScanLimits(int maxNestingDepth, int maxLineBytes, long maxDocumentBytes) {

    private static final int MEBI = 1024 * 1024;

    /** The importer's limits: 64 levels, lines of 1 MiB, documents of 64 MiB. */
    static final ScanLimits CALENDAR = new ScanLimits(64, MEBI, 64L * MEBI);

    /** Checks that every limit is positive. */
    ScanLimits {
        if (maxNestingDepth < 1 || maxLineBytes < 1 || maxDocumentBytes < 1) {
            throw new IllegalArgumentException("scan limits must be positive");
        }
    }

    /**
     * @param bytes a size
     * @return it for people: {@code 1 MiB (1048576 bytes)}, or {@code 300 bytes}
     */
    static String describe(long bytes) {
        return bytes % MEBI == 0 ? bytes / MEBI + " MiB (" + bytes + " bytes)" : bytes + " bytes";
    }

    /**
     * @param bytes a size
     * @return it for people, in French: {@code 1 Mio (1048576 octets)}, or {@code 300 octets}
     */
    static String describeFr(long bytes) {
        return bytes % MEBI == 0 ? bytes / MEBI + " Mio (" + bytes + " octets)" : bytes + " octets";
    }
}
