package org.digitalweek.event.domain.port.in;

import java.util.Objects;

/**
 * An exported document held in memory.
 *
 * @param format  the format it is written in, with its media type
 * @param version the stored version of the edition it was written from, e.g. for an {@code ETag}
 * @param bytes   the document; the array is the caller's
 */
public record ExportedDocument(FormatDescription format, long version, byte[] bytes) {

    /** Checks that no part is missing. */
    public ExportedDocument {
        Objects.requireNonNull(format, "'format' must not be null");
        Objects.requireNonNull(bytes, "'bytes' must not be null");
    }
}
