package org.digitalweek.event.export.jsonread;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

import org.digitalweek.event.domain.error.Plurals;

/**
 * What the importer refuses to read, so that a hostile or broken file cannot exhaust memory or the
 * stack. Lengths are counted in characters of the decoded document, the way the parser counts them.
 *
 * @param maxNestingDepth   how deeply objects and arrays may nest
 * @param maxStringLength   the longest single string value
 * @param maxDocumentLength the longest document
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {

    private static final int MEBI = 1024 * 1024;

    /**
     * The limits of the canonical format: depth 64, strings of 1 MiB, documents of 512 MiB. The
     * canonical document is the one a program keeps its editions in, so it must hold the largest
     * edition the library handles: a 100,000-session archive is about 70 MiB.
     */
    public static final ReadLimits CANONICAL = new ReadLimits(64, MEBI, 512L * MEBI);

    /**
     * The limits of other programs' schedules ({@code frab-json}, {@code schedule2}), read whole
     * into a tree: depth 64, strings of 1 MiB, documents of 64 MiB, as for {@code schedule.xml}.
     */
    public static final ReadLimits SCHEDULE = new ReadLimits(64, MEBI, 64L * MEBI);

    /** Checks that every limit is positive. */
    public ReadLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxDocumentLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * @return a factory whose parsers enforce these limits, refuse a property repeated in one object
     *         (never silently dropped) and leave the caller's stream open
     */
    public JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(maxStringLength)
                        .maxDocumentLength(maxDocumentLength)
                        .build())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * @param length a length in characters
     * @return it for people: {@code 1 MiB (1048576 characters)}, or {@code 300 characters}
     */
    public static String describeLength(long length) {
        return describeLength(length, false);
    }

    /**
     * @param length a length in characters
     * @param french whether in French
     * @return it for people: {@code 1 Mio (1048576 caractères)} / {@code 1 MiB (1048576 characters)}
     */
    public static String describeLength(long length, boolean french) {
        String characters = french ? Plurals.french(length, "caractère", "caractères")
                : Plurals.english(length, "character", "characters");
        return length % MEBI == 0 ? length / MEBI + (french ? " Mio (" : " MiB (") + characters + ")" : characters;
    }
}
